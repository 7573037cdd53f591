/**
 * The source reader and the page's languages in Chromium: the clean reading
 * text with no scrape remnant, every citation link landing on its passage,
 * page positions shown, one language at a time (office labels, reasons, quote
 * renderings), and the language switch keeping the place on the page.
 */

import { fileURLToPath } from "node:url";
import { builtin } from "@korea-relations/core";
import { createReadingText, type ReadingTextData } from "@korea-relations/core/sources";
import readingsJson from "@korea-relations/source-texts/readings.json" with { type: "json" };
import textsJson from "@korea-relations/source-texts/texts.json" with { type: "json" };
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness } from "./harness.js";

const dist = `${fileURLToPath(new URL("..", import.meta.url))}dist`;
const r = builtin();
const readings = readingsJson as unknown as Record<string, ReadingTextData>;
const texts = textsJson as Record<string, string>;
const sources = r.dataset.records.filter((x) => x.type === "source").map((s) => s.id);

/** What a scrape leaves in a text: line-wrap pipes, quote and heading markers, link marks, site navigation. */
const REMNANTS: readonly [string, RegExp][] = [
  ["line-wrap pipes", /\| \|/],
  ["quote marker", /^> /m],
  ["heading marker", /^#{1,6} /m],
  ["link mark [n]", /\[\d+\]/],
  ["anchor brackets ][", /\]\[/],
  ["skip links", /Skip to (content|main menu|more)/],
];

let h: Harness;
beforeAll(async () => {
  h = await harness(dist);
});
afterAll(async () => {
  await h?.close();
});

async function open(hash: string, lang: "en" | "de" = "en"): Promise<Page> {
  const page = await h.newPage();
  await page.goto(`${h.url}${hash}`);
  await page.locator("main h1").first().waitFor();
  if (lang === "de") {
    await page.locator("button.lang").click();
    await page.waitForFunction(() => document.documentElement.lang === "de");
    // The page is drawn again in German (record pages load as a chunk): wait until it is.
    await page.waitForFunction(() => !document.querySelector("main[aria-busy]"));
    await page.locator("main h1").first().waitFor();
  }
  return page;
}

/** Whether an element lies within the window. */
const inView = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return rect.height > 0 && rect.top >= 0 && rect.bottom <= innerHeight;
    });

describe("the source reader", () => {
  it("the patterns find remnants in the raw texts the reader must not show", () => {
    const found = new Set(
      Object.values(texts).flatMap((text) =>
        REMNANTS.filter(([, re]) => re.test(text)).map(([name]) => name),
      ),
    );
    expect([...found].sort()).toEqual(REMNANTS.map(([name]) => name).sort());
  });

  it.each(sources)("shows %s as clean reading text, positions named", async (id) => {
    const page = await open(`#/source/${id}`);
    await page.locator(".article-text .block").first().waitFor();
    const shown = (await page.locator(".article-text").textContent()) ?? "";
    const remnants = REMNANTS.filter(([, re]) => re.test(shown)).map(([name]) => name);
    expect(remnants).toEqual([]);
    // Every line of the reading text is there, in order.
    const lines = await page.locator(".article-text .block p").allTextContents();
    const reading = readings[id] as ReadingTextData;
    expect(lines).toEqual(reading.text.split("\n").filter((line) => line.trim() !== ""));
    // Each block outside the body is labelled with its page position.
    const positions = new Set(reading.runs.map(([, position]) => position));
    for (const position of positions) {
      if (position === "body") continue;
      const label = page.locator(`.block.pos-${position} .pos`).first();
      expect(await label.textContent(), position).toBe(
        {
          headline: "Headline",
          teaser: "Teaser",
          caption: "Caption",
          tag: "Tag",
          credit: "Credit",
          link: "Link",
        }[position],
      );
    }
    // Passages are numbered quietly: nothing is highlighted without a target.
    expect(await page.locator(".article-text mark").count()).toBe(0);
    expect(await page.locator(".passages > li").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("lands every citation link on its passage, highlighted, in view, with the records it supports", async () => {
    const page = await h.newPage();
    for (const id of sources) {
      const reading = createReadingText(id, readings[id] as ReadingTextData);
      const byAt = new Map<number, { spans: [number, number][]; records: Set<string> }>();
      for (const c of r.citations(id)) {
        const span = c.evidence.span;
        if (!span) continue;
        const entry = byAt.get(span[0]) ?? { spans: [], records: new Set() };
        let reads = reading.toReading(span) as [number, number];
        if (reads[0] === reads[1])
          reads = (reading.linkAt(span)?.anchor as [number, number]) ?? reads;
        entry.spans.push(reads);
        entry.records.add(c.record);
        byAt.set(span[0], entry);
      }
      await page.goto(`${h.url}#/source/${id}`);
      await page.locator(".article-text .block").first().waitFor();
      for (const [at, { spans, records }] of byAt) {
        await page.evaluate((hash) => {
          location.hash = hash;
        }, `#/source/${id}?at=${at}`);
        const target = page.locator(`[id="at-${at}"]`);
        await target.waitFor();
        expect(await target.evaluate((el) => el === document.activeElement), `${id} ${at}`).toBe(
          true,
        );
        expect(await inView(page, `[id="at-${at}"]`), `${id} ${at} in view`).toBe(true);
        const start = Math.min(...spans.map((s) => s[0]));
        const end = Math.max(...spans.map((s) => s[1]));
        if (end > start) {
          const marked = (await page.locator("mark.target").allTextContents()).join("");
          expect(marked, `${id} ${at}`).toBe(reading.text.slice(start, end).replaceAll("\n", ""));
        }
        const card = page.locator(".passage-card .supports a");
        const hrefs = await card.evaluateAll((links) =>
          links.map((a) => decodeURIComponent(a.getAttribute("href")?.split("/").pop() ?? "")),
        );
        expect(new Set(hrefs), `${id} ${at}`).toEqual(records);
      }
    }
    await page.close();
  }, 600_000);

  it("lists each passage with its page position and the records it supports", async () => {
    const id = "taz-2025-08-26-tokyo-summit";
    const caption = r.citations(id).find((c) => c.evidence.position === "caption");
    expect(caption).toBeDefined();
    const page = await open(`#/source/${id}?at=${caption?.evidence.span?.[0]}`);
    await page.locator("mark.target").waitFor();
    const current = page.locator(".passages > li.current");
    expect(await current.locator(".pos").textContent()).toBe("Caption");
    expect(await current.locator(".supports a").count()).toBeGreaterThan(0);
    expect(await page.locator(".block.pos-caption .pin.current").count()).toBe(1);
    await page.close();
  });
});

describe("one language at a time", () => {
  it("shows a person's office by its German label and a German reason", async () => {
    const office = r.getOffice("lee-jae-myung-opposition-politician-2023");
    const page = await open("#/person/lee-jae-myung", "de");
    const terms = (await page.locator(".terms").first().textContent()) ?? "";
    expect(terms).toContain(r.getOffice("lee-jae-myung-head-of-state-2025").label.de);
    expect(terms).toContain(office.label.de);
    expect(terms).not.toContain(office.label.en);
    const reasons = await page.locator(".basis .reason").allTextContents();
    const person = r.getPerson("lee-jae-myung");
    const native = (person as { native?: { reason?: { de: string; en: string } } }).native;
    expect(reasons).toContain(native?.reason?.de);
    expect(reasons).not.toContain(native?.reason?.en);
    const officePage = await open(`#/office/${office.id}`, "de");
    expect(await officePage.locator(".basis .reason").allTextContents()).toContain(
      office.end?.reason?.de,
    );
    await page.close();
    await officePage.close();
  });

  it("shows a quote in its own language with the dataset's rendering in the page's, marked", async () => {
    const quotes = r.dataset.records.flatMap((x) => (x.type === "quote" ? [x] : []));
    const german = quotes.find((q) => q.language === "de" && q.rendering.language === "en");
    const english = quotes.find((q) => q.language === "en" && q.rendering.language === "de");
    for (const [quote, lang, mark] of [
      [german, "en", "Translation by the dataset:"],
      [english, "de", "Übersetzung des Datensatzes:"],
    ] as const) {
      expect(quote).toBeDefined();
      const page = await open(`#/quote/${quote?.id}`, lang);
      expect(await page.locator("main [lang]").first().getAttribute("lang")).toBe(quote?.language);
      const rendering = page.locator(".rendering");
      expect(await rendering.getAttribute("lang")).toBe(lang);
      expect(await rendering.locator(".rendering-by").textContent()).toBe(mark);
      expect(await rendering.textContent()).toContain(quote?.rendering.text);
      await page.close();
      // In the quote's own language: no rendering.
      const same = await open(`#/quote/${quote?.id}`, quote?.language === "de" ? "de" : "en");
      expect(await same.locator(".rendering").count()).toBe(0);
      await same.close();
    }
  });

  it("puts quotes and renderings in the quotation marks of the page's language", async () => {
    const quotes = r.dataset.records.flatMap((x) => (x.type === "quote" ? [x] : []));
    const german = quotes.find((q) => q.language === "de" && q.rendering.language === "en");
    const english = quotes.find((q) => q.language === "en" && q.rendering.language === "de");
    const marks = { de: ["„", "“"], en: ["“", "”"] } as const;
    const inMarks = (text: string | null | undefined, lang: "de" | "en") =>
      text?.startsWith(marks[lang][0]) && text.endsWith(marks[lang][1]);
    for (const quote of [german, english]) {
      expect(quote).toBeDefined();
      if (!quote) continue;
      const own = quote.language as "de" | "en";
      const other = quote.rendering.language as "de" | "en";
      // As typography has it, the marks are the page's: a German page quotes in „…“,
      // an English page in “…”, whatever the language of the words quoted.
      for (const ui of ["en", "de"] as const) {
        const page = await open(`#/quote/${quote.id}`, ui);
        const heading = page.locator(`main h1 [lang="${own}"]`);
        expect(inMarks(await heading.textContent(), ui), `${quote.id} in ${ui}`).toBe(true);
        expect(inMarks(await page.title().then((t) => t.split(" – ")[0]), ui)).toBe(true);
        if (ui === other) {
          const rendering = page.locator(`.rendering[lang="${other}"]`);
          const by = (await rendering.locator(".rendering-by").textContent()) ?? "";
          expect(await rendering.textContent()).toBe(
            `${by} ${marks[ui][0]}${quote.rendering.text}${marks[ui][1]}`,
          );
        }
        await page.close();
      }
    }
    // A German quote listed on a German page: „…“, in an element marked German.
    const page = await open(`#/event/${german?.event}`, "de");
    const link = page.locator(`blockquote[lang="de"] a[href="#/quote/${german?.id}"]`);
    expect(await link.textContent()).toBe(`„${german?.text}“`);
    // On an English page the same quote and its English rendering: “…”.
    const en = await open(`#/event/${german?.event}`, "en");
    const enLink = en.locator(`blockquote[lang="de"] a[href="#/quote/${german?.id}"]`);
    expect(await enLink.textContent()).toBe(`“${german?.text}”`);
    const item = en.locator("li", { has: en.locator(`a[href="#/quote/${german?.id}"]`) });
    expect(await item.locator('.rendering[lang="en"]').textContent()).toBe(
      `Translation by the dataset: “${german?.rendering.text}”`,
    );
    await page.close();
    await en.close();
  });

  it("keeps the passage in view on a reader when the language switches", async () => {
    const id = "dw-2023-05-24-germany-korea-military-secrets";
    const at = r.citations(id).at(-20)?.evidence.span?.[0];
    const page = await open(`#/source/${id}?at=${at}`);
    await page.locator("mark.target").waitFor();
    const before = page.url();
    const top = await page
      .locator("mark.target")
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
    await page.locator("button.lang").click();
    await page.waitForFunction(() => document.documentElement.lang === "de");
    await page.locator(".article-text mark.target").waitFor();
    await page.locator("#passages-heading", { hasText: "Zitierte Stellen" }).waitFor();
    expect(page.url()).toBe(before);
    expect(await inView(page, "mark.target")).toBe(true);
    const after = await page
      .locator("mark.target")
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(after - top)).toBeLessThan(40);
    await page.close();
  });

  it("keeps the block at the top of the window when the language switches", async () => {
    const id = "taz-2025-08-26-tokyo-summit";
    const page = await open(`#/source/${id}`);
    await page.locator(".article-text .block").first().waitFor();
    const block = page.locator('[data-keep="b12"]');
    await block.evaluate((el) => el.scrollIntoView({ block: "start" }));
    const top = await block.evaluate((el) => el.getBoundingClientRect().top);
    await page.locator("button.lang").click();
    await page.waitForFunction(() => document.documentElement.lang === "de");
    await page.locator("#passages-heading").waitFor();
    expect(await page.locator("#passages-heading").textContent()).toBe("Zitierte Stellen");
    const after = await block.evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(after - top)).toBeLessThan(4);
    // A record page keeps its place too.
    const person = await open("#/country/KR");
    await person.mouse.wheel(0, 1500);
    await person.waitForFunction(() => scrollY > 1000);
    const y = await person.evaluate(() => scrollY);
    await person.locator("button.lang").click();
    await person.waitForFunction(() => document.documentElement.lang === "de");
    expect(Math.abs((await person.evaluate(() => scrollY)) - y)).toBeLessThan(200);
    await page.close();
    await person.close();
  });
});
