/**
 * The brief page (`#/brief/KR/JP`, `#/brief/KR`) and the barometer chart in
 * Chromium, against core's `brief` and `barometer` computed here: title,
 * caveat, every section heading, every footnote number linking to its
 * footnote, in English and German; the chart's bars carry core's numbers and
 * each opens exactly its events; the brief is reached from a country page and
 * from each partner row; unknown countries get the not-found page with
 * offers; printing leaves out the page's header and controls; the brief of a
 * file too large to brief on the page (built in the search worker, drawn a
 * slice at a time) is core's, saying what each section leaves out.
 * Screenshots at 375 and 1280 px go to a temporary folder for review.
 */
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtin, createRelations, type DatasetRecord, type Event } from "@korea-relations/core";
import { type Barometer, barometer, brief } from "@korea-relations/core/brief";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_RECORDS } from "../src/searchClient.js";
import { type Harness, harness } from "./harness.js";
import { VIEWPORTS } from "./pages.js";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
const shots = join(tmpdir(), "korea-relations-web-brief");
const r = builtin();

let h: Harness;
beforeAll(async () => {
  h = await harness(dist);
});
afterAll(async () => {
  await h?.close();
});

/** A new tab in `lang` at `hash`, once the page and its barometer are drawn. */
async function open(hash: string, lang: string, viewport?: { width: number; height: number }) {
  const page = await h.newPage(viewport);
  await page.goto(`${h.url}#/`);
  await page.evaluate((l) => localStorage.setItem("korea-relations-lang", l), lang);
  await page.goto(`${h.url}${hash}`);
  await page.reload();
  await drawn(page);
  return page;
}

async function drawn(page: Page): Promise<void> {
  await page.locator("main h1").first().waitFor();
  await page.waitForFunction(() => !document.querySelector("main[aria-busy], main [aria-busy]"));
}

/** Every bar of the chart as core would count it: `period|role|side` → value, zeros left out. */
function coreBars(b: Barometer): Record<string, number> {
  const bars: Record<string, number> = {};
  for (const p of b.periods) {
    for (const role of ["party", "about"] as const) {
      for (const side of ["cooperation", "conflict"] as const) {
        if (p[role][side] > 0) bars[`${p.period}|${role}|${side}`] = p[role][side];
      }
    }
  }
  return bars;
}

const pageBars = (page: Page) =>
  page.$$eval("svg.barometer-chart g.bar", (gs) =>
    Object.fromEntries(
      gs.map((g) => [
        `${g.getAttribute("data-period")}|${g.getAttribute("data-role")}|${g.getAttribute("data-side")}`,
        Number(g.getAttribute("data-value")),
      ]),
    ),
  );

const listed = (page: Page) =>
  page.$$eval(".barometer-events li[data-id]", (lis) => lis.map((li) => li.dataset.id ?? ""));

describe.each(["en", "de"] as const)("the brief page in %s", (lang) => {
  it("shows core's title, caveat and every section heading; every footnote number links to its footnote", async () => {
    const expected = brief(r, "KR", "JP", { lang });
    const page = await open("#/brief/KR/JP", lang);
    expect(await page.locator("main h1").textContent()).toBe(expected.title);
    expect(await page.title()).toContain(expected.title);
    expect(await page.locator("main .brief > .caveat").textContent()).toContain(
      expected.caveat.text,
    );
    const headings = await page.locator("main h2").allTextContents();
    for (const s of expected.sections) expect(headings).toContain(s.heading);

    // Every footnote number of the caveat and of every line, and only those.
    const wanted = new Set([
      ...expected.caveat.notes,
      ...expected.sections.flatMap((s) => s.lines.flatMap((l) => l.notes)),
    ]);
    const refs = await page.$$eval("main a.fn-ref", (as) =>
      as.map((a) => ({
        href: a.getAttribute("href") ?? "",
        text: a.textContent ?? "",
        target: document.getElementById(a.getAttribute("href")?.slice(1) ?? "")?.textContent,
      })),
    );
    expect(refs.length).toBe(
      expected.caveat.notes.length +
        expected.sections.reduce((n, s) => n + s.lines.reduce((m, l) => m + l.notes.length, 0), 0),
    );
    expect(new Set(refs.map((ref) => Number(ref.text)))).toEqual(wanted);
    for (const ref of refs) {
      expect(ref.href).toBe(`#fn-${ref.text}`);
      const note = expected.footnotes.find((f) => f.n === Number(ref.text));
      // The footnote it links to quotes the passage verbatim.
      expect(ref.target).toContain(note?.excerpt);
    }
    // Every footnote is listed, numbered as core numbers it (the list's own numbers: its
    // items in order, none renumbered), linking to its passage.
    const notes = await page.$$eval("main .footnotes ol:not([start]) > li", (lis) =>
      lis.map((li, i) => ({
        id: li.id,
        value: li.hasAttribute("value") ? Number(li.getAttribute("value")) : i + 1,
        excerpt: li.querySelector("q")?.textContent,
        href: li.querySelector("a.excerpt")?.getAttribute("href"),
      })),
    );
    expect(notes).toEqual(
      expected.footnotes.map((f) => ({
        id: `fn-${f.n}`,
        value: f.n,
        excerpt: f.excerpt,
        href: `#/source/${encodeURIComponent(f.source)}${f.span ? `?at=${f.span[0]}` : ""}`,
      })),
    );

    // A number moves focus to its footnote and leaves the address alone.
    const last = page.locator("main a.fn-ref").last();
    const n = await last.textContent();
    await last.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`fn-${n}`);
    expect(new URL(page.url()).hash).toBe("#/brief/KR/JP");
    expect(h.problems).toEqual([]);
    await page.close();
  });

  it("draws the pair's barometer with core's numbers; a bar lists exactly its events", async () => {
    const expected = brief(r, "KR", "JP", { lang }).barometer;
    const page = await open("#/brief/KR/JP", lang);
    expect(await pageBars(page)).toEqual(coreBars(expected));
    const period = expected.periods.find((p) => p.party.cooperation > 0);
    expect(period).toBeDefined();
    await page
      .locator(
        `svg.barometer-chart g.bar[data-period="${period?.period}"][data-role="party"][data-side="cooperation"]`,
      )
      .click();
    expect((await listed(page)).sort()).toEqual(
      [
        ...(period?.party.events.verbalCooperation ?? []),
        ...(period?.party.events.materialCooperation ?? []),
      ].sort(),
    );
    await page.close();
  });
});

describe("the barometer on a country page", () => {
  it("carries core's numbers in its bars and its table; bars and counts list exactly their events", async () => {
    const expected = barometer(r, "KR", { by: "year", lang: "en" });
    const page = await open("#/country/KR", "en");
    const bars = await pageBars(page);
    expect(bars).toEqual(coreBars(expected));
    expect(Object.keys(bars).length).toBeGreaterThan(4);
    // The chart is an image with a name and a summary.
    const named = await page
      .locator("svg.barometer-chart")
      .evaluate((el) =>
        (el.getAttribute("aria-labelledby") ?? "")
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? ""),
      );
    expect(await page.locator("svg.barometer-chart").getAttribute("role")).toBe("img");
    expect(named[0]).toContain("South Korea");
    expect(named[1]).toContain(String(expected.total.party.cooperation));
    // Core's caveat stands beside it.
    expect(await page.locator(".barometer .caveat").textContent()).toBe(expected.caveat);

    for (const p of expected.periods) {
      for (const role of ["party", "about"] as const) {
        for (const side of ["cooperation", "conflict"] as const) {
          if (p[role][side] === 0) continue;
          const ids = (
            side === "cooperation"
              ? [...p[role].events.verbalCooperation, ...p[role].events.materialCooperation]
              : [...p[role].events.verbalConflict, ...p[role].events.materialConflict]
          ).sort();
          const where = `[data-period="${p.period}"][data-role="${role}"][data-side="${side}"]`;
          await page.locator(`svg.barometer-chart g.bar${where}`).click();
          expect((await listed(page)).sort(), `bar ${where}`).toEqual(ids);
        }
      }
    }
    // The table: every count a button that lists the same events, reached by keyboard.
    await page.locator("details.barometer-table summary").click();
    const button = page.locator("details.barometer-table button.count").last();
    const period = await button.getAttribute("data-period");
    const role = (await button.getAttribute("data-role")) as "party" | "about";
    const side = (await button.getAttribute("data-side")) as "cooperation" | "conflict";
    const counts = expected.periods.find((p) => p.period === period)?.[role];
    expect(Number(await button.textContent())).toBe(counts?.[side]);
    await button.focus();
    await page.keyboard.press("Enter");
    expect(await listed(page)).toHaveLength(counts?.[side] ?? -1);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H3");
    expect(h.problems).toEqual([]);
    await page.close();
  });
});

describe("the brief of a large dataset", () => {
  it("is core's: at most 100 rows a section, each section saying what it leaves out", async () => {
    // The built-in records and as many talks of Korea again, one a month from 1990.
    const records: readonly DatasetRecord[] = r.dataset.records;
    const model = records.find(
      (x): x is Event =>
        x.type === "event" &&
        x.kind === "talks" &&
        x.countries.includes("KR") &&
        x.partOf === undefined &&
        x.date.end === undefined,
    ) as Event;
    const more = Array.from({ length: LOCAL_RECORDS }, (_, i): Event => {
      const month = String(1 + (i % 12)).padStart(2, "0");
      return {
        ...model,
        id: `generated-${i}`,
        title: { en: `Generated talks ${i}`, de: `Erzeugte Gespräche ${i}` },
        date: { ...model.date, value: `${1990 + (Math.floor(i / 12) % 35)}-${month}-15` },
      } as Event;
    });
    const data = [...records, ...more];
    const expected = brief(createRelations(data), "KR", { lang: "en" });
    const page = await h.newPage();
    await page.goto(`${h.url}#/open`);
    await page.locator("#open-file").setInputFiles({
      name: "large.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(data)),
    });
    await page.waitForSelector(".data-banner:not([hidden])", { timeout: 60_000 });
    await page.evaluate(() => {
      location.hash = "#/brief/KR";
    });
    await page.waitForSelector("article.brief h1", { timeout: 60_000 });
    // Drawn a slice at a time: every footnote, at last.
    await page.waitForFunction(
      (n) => document.querySelectorAll("main .footnotes li").length === n,
      expected.footnotes.length,
      { timeout: 60_000 },
    );
    expect(await page.locator("main h1").textContent()).toBe(expected.title);
    const shown = await page.$$eval("main .brief-section", (sections) =>
      sections.map((s) => ({
        rows: s.querySelectorAll(":scope > .table-wrap tbody tr, :scope > ul.lines > li").length,
        omitted: s.querySelector(".omitted")?.textContent ?? null,
      })),
    );
    expect(shown).toEqual(
      expected.sections.map((s) => ({ rows: s.lines.length, omitted: s.omitted?.text ?? null })),
    );
    const chronology = expected.sections.find((s) => s.id === "chronology");
    expect(chronology?.lines.length).toBe(100);
    expect(chronology?.omitted?.text).toMatch(
      /^[\d,]+ earlier rows left out; the last 100 shown\.$/,
    );
    expect(await page.$$eval("main .footnotes li", (lis) => lis.map((li) => li.id))).toEqual(
      expected.footnotes.map((f) => `fn-${f.n}`),
    );
    expect(h.problems).toEqual([]);
    await page.close();
  }, 120_000);
});

describe("links and addresses", () => {
  it("reaches the brief from a country page and from each partner row", async () => {
    const page = await open("#/country/KR", "en");
    expect(await page.getByRole("link", { name: "Brief", exact: true }).getAttribute("href")).toBe(
      "#/brief/KR",
    );
    const partners = r.partners("KR");
    const rows = await page.$$eval("a.pair-brief", (as) => as.map((a) => a.getAttribute("href")));
    expect(rows).toEqual(partners.map((p) => `#/brief/KR/${p.country}`));
    await page.locator("a.pair-brief").first().click();
    await page.waitForURL(/#\/brief\/KR\//);
    await drawn(page);
    const first = partners[0]?.country as string;
    expect(await page.locator("main h1").textContent()).toBe(brief(r, "KR", first).title);
    await page.close();

    const single = await open("#/country/DE", "de");
    await single.getByRole("link", { name: "Dossier", exact: true }).click();
    await single.waitForURL(/#\/brief\/DE$/);
    await drawn(single);
    expect(await single.locator("main h1").textContent()).toBe(
      brief(r, "DE", { lang: "de" }).title,
    );
    await single.close();
  });

  it("sends an unknown country to the not-found page with offers, and reads a code in any case", async () => {
    const page = await open("#/brief/KR/XX", "en");
    expect(await page.locator("main h1").textContent()).toBe("Not found");
    expect(await page.locator("main").textContent()).toContain("No country has the code “XX”.");
    const offers = await page.$$eval("main a[href^='#/brief/']", (as) =>
      as.map((a) => a.getAttribute("href")),
    );
    expect(offers.length).toBeGreaterThan(0);
    for (const href of offers) expect(href).toMatch(/^#\/brief\/KR\/[A-Z]{2}$/);

    await page.goto(`${h.url}#/brief/jp`);
    await drawn(page);
    expect(await page.locator("main h1").textContent()).toBe(brief(r, "JP").title);
    expect(new URL(page.url()).hash).toBe("#/brief/JP");
    expect(h.problems).toEqual([]);
    await page.close();
  });
});

describe("print", () => {
  it("prints the brief alone: no header, navigation or controls; footnotes with their links' targets", async () => {
    const page = await open("#/brief/KR/JP", "en");
    await page.emulateMedia({ media: "print" });
    const shown = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display !== "none");
    expect(await shown("header.top")).toBe(false);
    expect(await shown("footer.foot")).toBe(false);
    expect(await shown(".brief-tools button")).toBe(false);
    expect(await shown(".barometer-table")).toBe(false);
    expect(await shown(".footnotes")).toBe(true);
    expect(await shown("svg.barometer-chart")).toBe(true);
    const after = await page
      .locator(".footnotes a.excerpt")
      .first()
      .evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toContain(`${h.url}#/source/`);
    await page.emulateMedia({ media: "screen" });
    expect(await shown("header.top")).toBe(true);
    await page.close();
  });
});

describe.each(["en", "de"] as const)("screenshots in %s", (lang) => {
  it("writes the brief and a country page with its barometer at 375 and 1280 px, none scrolling sideways", async () => {
    mkdirSync(shots, { recursive: true });
    for (const viewport of VIEWPORTS) {
      for (const hash of ["#/brief/KR/JP", "#/brief/KR", "#/country/KR"]) {
        const page = await open(hash, lang, viewport);
        const name = `${lang}-${viewport.width}-${hash.replace(/[^A-Za-z0-9]+/g, "-")}`;
        await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
        await page.locator(".barometer").first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(shots, `${name}-barometer.png`) });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${viewport.width} ${hash}`).toBeLessThanOrEqual(viewport.width);
        await page.close();
      }
    }
  }, 120_000);
});
