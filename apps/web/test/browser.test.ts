/**
 * The built page in Debian's Chromium: search, record pages, evidence,
 * routing, timeline, network, languages, keyboard use, accessibility (axe),
 * offline use and the Content Security Policy. Screenshots go to
 * `.screenshots/` (git-ignored).
 */

import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { builtin, relationsNetwork, roleName } from "@korea-relations/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness } from "./harness.js";
import { PAGES, VIEWPORTS } from "./pages.js";

const app = fileURLToPath(new URL("..", import.meta.url));
const dist = `${app}dist`;
const shots = `${app}.screenshots`;
const r = builtin();

let h: Harness;
beforeAll(async () => {
  h = await harness(dist);
});
afterAll(async () => {
  await h?.close();
});

async function open(hash: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await h.newPage(viewport);
  await page.goto(`${h.url}${hash}`);
  await page.locator("main h1").first().waitFor();
  return page;
}

/**
 * Moves the page to `hash` and waits until that page is drawn, not the one
 * before it (views in chunks of their own keep the previous page until loaded).
 */
async function visit(page: Page, hash: string): Promise<void> {
  const same = new URL(page.url()).hash === hash;
  if (!same)
    await page.evaluate(() => document.querySelector("main h1")?.setAttribute("data-old", ""));
  await page.goto(`${h.url}${hash}`);
  await page.locator("main h1:not([data-old])").first().waitFor();
}

const heading = (page: Page) => page.locator("main h1").first().textContent();
/** Record pages load as a chunk of their own: a heading is read until it is the new page's. */
const POLL = { timeout: 15_000 } as const;
const hashOf = (page: Page) => new URL(page.url()).hash;

/** Types a query and waits for its own results (the previous ones stay until these arrive). */
async function search(page: Page, query: string): Promise<void> {
  await page.locator("#q").fill(query);
  await page.waitForFunction(
    (q) =>
      document.querySelector(".search-results .results:not([aria-busy])") !== null &&
      (document.querySelector(".search-results .status")?.textContent ?? "").includes(q),
    query,
  );
}

describe("search", () => {
  it("finds people by any spelling in English, each hit with its kind and context", async () => {
    const page = await open("#/");
    for (const query of ["Kang Kyung-wha", "Kyung-wha Kang", "강경화"]) {
      await search(page, query);
      const first = page.locator(".hits a").first();
      expect(await first.getAttribute("href")).toBe("#/person/kang-kyung-wha");
      // One ranked list across kinds: each hit names its kind and says what it is.
      const hit = page.locator(".hits li").first();
      expect(await hit.locator(".kind-tag").textContent()).toBe("Person");
      expect((await hit.locator(".detail").textContent())?.length).toBeGreaterThan(0);
    }
    // The address follows the box once typing pauses.
    await page.waitForURL((url) => url.hash === `#/search?q=${encodeURIComponent("강경화")}`);
    await search(page, "ROK");
    expect(await page.locator(".hits a").first().getAttribute("href")).toBe("#/country/KR");
    await page.close();
  });

  it("finds countries and events in German, with German labels", async () => {
    const page = await open("#/");
    await page.getByRole("button", { name: "Auf Deutsch anzeigen" }).click();
    // German's strings are a chunk of their own: the page turns once they are in.
    await page.waitForFunction(() => document.documentElement.lang === "de");
    for (const query of ["Südkorea", "Suedkorea"]) {
      await search(page, query);
      const first = page.locator(".hits a").first();
      expect(await first.getAttribute("href")).toBe("#/country/KR");
      expect(await first.textContent()).toBe("Südkorea");
      expect(await page.locator(".hits li .kind-tag").first().textContent()).toBe("Land");
    }
    await search(page, "Strategischer Dialog");
    const expected = r.search("Strategischer Dialog", { lang: "de", limit: 1 }).hits[0];
    expect(await page.locator(".hits a").first().textContent()).toBe(expected?.label);
    expect(await page.locator(".search-results .status").textContent()).toMatch(/Treffer/);
    await page.getByRole("button", { name: "Show in English" }).click();
    await page.close();
  });

  it("answers every keystroke in the keystroke's own task, on the page, once idle time has built the index", async () => {
    const page = await open("#/");
    // The index is built a slice at a time in idle time after the first page.
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      const seen: [typed: string, shown: string | null][] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      // Bubbling to the document: after the page's own listener on the box.
      document.addEventListener("input", (event) => {
        const box = event.target as HTMLInputElement;
        if (box.id !== "q") return;
        const results = document.querySelector(".search-results .results");
        // The rows drawn so far reach the bottom of the screen (or are all of them).
        const rows = results?.querySelectorAll(".hits > li") ?? [];
        const last = rows[rows.length - 1];
        const status = results?.previousElementSibling?.textContent ?? "";
        const total = Number(/of (\d+)|^(\d+) result/.exec(status)?.slice(1).find(Boolean) ?? 0);
        const covered =
          rows.length === Math.min(total, 20) ||
          (last !== undefined && last.getBoundingClientRect().bottom >= innerHeight);
        seen.push([
          box.value.trim(),
          covered ? (results?.getAttribute("data-query") ?? null) : "short",
        ]);
      });
    });
    await page.locator("#q").click();
    // Turning to the box fetches the results' chunk (not part of the home page's budget).
    await page.waitForFunction(() =>
      performance.getEntriesByType("resource").some((e) => /\/searchView-[\w-]+\.js$/.test(e.name)),
    );
    await page.waitForTimeout(50);
    await page.keyboard.type("Kang Kyung-wha 2020", { delay: 20 });
    const seen = await page.evaluate(
      () => (window as unknown as { seen: [string, string | null][] }).seen,
    );
    expect(seen).toHaveLength("Kang Kyung-wha 2020".length);
    // The results of what was typed are in the page before the keystroke's task ends.
    for (const [typed, shown] of seen) expect(shown).toBe(typed);
    // No worker: a dataset this small is searched on the page.
    expect(page.workers()).toHaveLength(0);
    // The tab's title follows once typing pauses.
    await page.waitForFunction(() => document.title.startsWith("Search: Kang Kyung-wha 2020"));
    // The rows below the screen follow: a whole page of results.
    await page.locator("#q").fill("K");
    await page.waitForFunction(() => document.querySelectorAll(".hits > li").length === 20);
    await page.close();
  });

  it("says when nothing is found", async () => {
    const page = await open("#/search?q=qqqxxzzq");
    await page.locator(".search-results .results:not([aria-busy])").waitFor({ state: "attached" });
    expect(await page.locator(".hits").count()).toBe(0);
    expect(await page.locator(".search-results .status").textContent()).toContain("Nothing found");
    await page.close();
  });
});

describe("record pages", () => {
  it("opens a person from the search and follows one of their events", async () => {
    const page = await open("#/");
    await search(page, "Heiko Maas");
    await page.locator('.hits a[href="#/person/heiko-maas"]').click();
    await page.waitForURL(/#\/person\/heiko-maas$/);
    await expect.poll(() => heading(page), POLL).toContain("Heiko Maas");
    const events = r.findEvents({ people: ["heiko-maas"] });
    expect(events.length).toBeGreaterThan(0);
    const event = events[0];
    const link = page.locator(`a[href="#/event/${event?.id}"]`).first();
    await link.click();
    await page.waitForURL(new RegExp(`#/event/${event?.id}$`));
    await expect.poll(() => heading(page), POLL).toContain(event?.title.en);
    // The event names its participants, linked back.
    expect(await page.locator('.facts a[href="#/person/heiko-maas"]').count()).toBeGreaterThan(0);
    // Focus moved to the new page's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await page.close();
  });

  it("marks inferred and external dates with their reason", async () => {
    const event = r.dataset.events.find((e) => e.date.basis !== "stated" && e.date.reason);
    expect(event).toBeDefined();
    const page = await open(`#/event/${event?.id}`);
    const mark = page.locator(".facts .basis").first();
    expect(await mark.locator(".badge").textContent()).toBe(event?.date.basis);
    expect(await mark.locator(".reason").textContent()).toBe(event?.date.reason?.en);
    await page.close();
  });

  it("opens evidence: the verbatim excerpt and its source, then the passage in the source", async () => {
    const page = await open("#/person/kang-kyung-wha");
    const evidence = r.evidenceFor("kang-kyung-wha")[0];
    expect(evidence).toBeDefined();
    const button = page.getByRole("button", { name: "Evidence 1", exact: true }).first();
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    await button.click();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    const card = page.locator(".cite-card:visible").first();
    expect(await card.locator("blockquote").textContent()).toBe(evidence?.quote);
    const meta = await card.locator(".cite-meta").textContent();
    expect(meta).toContain(evidence?.sourceRecord.publisher?.value ?? "");
    expect(meta).toContain(evidence?.sourceRecord.title?.value ?? "");
    await card.getByRole("link", { name: "Show in the source" }).click();
    await page.waitForURL(/#\/source\//);
    const target = page.locator("mark.target").first();
    await target.waitFor();
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await target.isVisible()).toBe(true);
    // The whole passage is highlighted: the excerpt, give or take folded spaces and hyphens.
    const fold = (text: string) =>
      text
        .normalize("NFKC")
        .replace(/[\s\u2010\u2011-]+/g, " ")
        .trim();
    const passage = (await page.locator("mark.target").allTextContents()).join("");
    expect(fold(passage)).toBe(fold(evidence?.quote ?? ""));
    // Cited passages link to the records citing them.
    expect(await page.locator(".passage-card .supports a").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("has a page for every kind of record", async () => {
    const page = await h.newPage();
    for (const type of [
      "country",
      "place",
      "organization",
      "person",
      "office",
      "event",
      "agreement",
      "quote",
      "topic",
      "source",
    ] as const) {
      const record = r.dataset.records.find((x) => x.type === type && x.evidence?.length);
      expect(record, type).toBeDefined();
      await page.goto(`${h.url}#/${type}/${record?.id}`);
      await page.locator("main h1").waitFor();
      expect(await page.locator("main .type").getAttribute("class")).toContain(`type-${type}`);
      expect(await page.locator("main .evidence li").count()).toBeGreaterThan(0);
    }
    await page.goto(`${h.url}#/person/no-such-person`);
    await expect.poll(() => heading(page), POLL).toBe("Not found");
    await page.close();
  });
});

describe("addresses", () => {
  it("keeps a deep link on reload", async () => {
    const page = await open("#/person/ishiba-shigeru");
    await expect.poll(() => heading(page), POLL).toContain("Ishiba Shigeru");
    await page.reload();
    await page.locator("main h1").waitFor();
    await expect.poll(() => heading(page), POLL).toContain("Ishiba Shigeru");
    await page.goto(`${h.url}#/source/ffo-2020-08-10-strategic-dialogue`);
    await page.reload();
    await page.locator(".article-text").waitFor();
    await expect
      .poll(() => heading(page), POLL)
      .toContain(r.getSource("ffo-2020-08-10-strategic-dialogue").title?.value);
    await page.close();
  });

  it("goes back and forward through visited pages", async () => {
    const page = await open("#/");
    await page.locator('a[href^="#/timeline"]').first().click();
    await page.waitForURL(/#\/timeline/);
    await page.goto(`${h.url}#/person/lee-jae-myung`);
    await page.locator("main h1").waitFor();
    await page.locator('a[href^="#/event/"]').first().click();
    await page.waitForURL(/#\/event\//);
    await page.goBack();
    await page.waitForURL(/#\/person\/lee-jae-myung$/);
    await expect.poll(() => heading(page), POLL).toContain("Lee Jae-myung");
    await page.goBack();
    await page.waitForURL(/#\/timeline/);
    // The timeline is a chunk of its own: the page before stays until it is drawn.
    await expect.poll(() => heading(page)).toBe("Timeline");
    await page.goForward();
    await page.waitForURL(/#\/person\/lee-jae-myung$/);
    await expect.poll(() => heading(page), POLL).toContain("Lee Jae-myung");
    await page.close();
  });
});

describe("timeline", () => {
  it("filters by country, kind and topic, keeps the filter in the address, opens an event", async () => {
    const page = await open("#/timeline");
    const marks = page.locator("svg.timeline a.mark");
    const all = r.findEvents();
    expect(await page.locator(".timeline-view .status").textContent()).toBe(`${all.length} events`);
    expect(await marks.count()).toBeGreaterThanOrEqual(all.length);

    await page.locator("#tl-country").selectOption("DE");
    // A country's timeline is core's: the events it takes part in and those about it.
    const withGermany = r.timeline("DE").map((e) => e.event);
    expect(await page.locator(".timeline-view .status").textContent()).toBe(
      `${withGermany.length} events`,
    );
    expect(await page.locator(".timeline-view .items li").count()).toBe(withGermany.length);
    expect(hashOf(page)).toBe("#/timeline?country=DE");

    const kind = withGermany[0]?.kind as string;
    await page.locator("#tl-kind").selectOption(kind);
    const both = r.timeline("DE", undefined, { kinds: [kind as never] });
    expect(await page.locator(".timeline-view .items li").count()).toBe(both.length);
    await page.locator("#tl-kind").selectOption("");

    const topic = r.facets({ involves: ["DE"] }).topics[0]?.value as string;
    await page.locator("#tl-topic").selectOption(topic);
    expect(await page.locator(".timeline-view .items li").count()).toBe(
      r.timeline("DE", undefined, { topics: [topic] }).length,
    );

    await page.reload();
    await page.locator("svg.timeline").waitFor();
    expect(await page.locator("#tl-country").inputValue()).toBe("DE");
    expect(await page.locator("#tl-topic").inputValue()).toBe(topic);

    await page.locator("#tl-group").selectOption("partner");
    expect(hashOf(page)).toContain("group=partner");
    const mark = marks.first();
    const href = (await mark.getAttribute("href")) as string;
    await mark.click();
    await page.waitForURL(new RegExp(`${href.replace(/[?]/g, "\\?")}$`));
    const id = href.split("/")[2];
    await expect
      .poll(() => heading(page), POLL)
      .toContain(r.dataset.events.find((e) => e.id === id)?.title.en);
    await page.close();
  });
});

describe("network", () => {
  it("shows the network with its numbers beside it; a node opens the country", async () => {
    const page = await open("#/network");
    const network = relationsNetwork(r);
    expect(await page.locator("svg.network a.node").count()).toBe(network.nodes.length);
    const rows = page.locator(".network-tables table").first().locator("tbody tr");
    expect(await rows.count()).toBe(network.edges.length);
    const heaviest = network.edges[0];
    expect(await rows.first().locator("td.num").textContent()).toBe(String(heaviest?.events));
    await page.locator('svg.network a.node[href="#/country/JP"]').click();
    await page.waitForURL(/#\/country\/JP$/);
    await expect.poll(() => heading(page), POLL).toContain("Japan");
    await page.close();
  });
});

describe("languages", () => {
  it("stays in English, and says so, when the German strings cannot be loaded", async () => {
    const page = await h.newPage();
    // Not from a cache: an earlier page of this browser fetched the German strings.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    let asked = 0;
    await page.route(/messagesDe-[^/]*\.js$/, (route) => {
      asked++;
      return route.abort();
    });
    const before = h.problems.length;
    await page.goto(`${h.url}#/event/2025-08-23-kr-jp-tokyo-summit`);
    await page.locator("main h1").first().waitFor();
    const event = r.getEvent("2025-08-23-kr-jp-tokyo-summit");
    await page.getByRole("button", { name: "Auf Deutsch anzeigen" }).click();
    await expect
      .poll(() => page.locator("p[role=status]").textContent(), POLL)
      .toBe("The German interface could not be loaded; the page stays in English.");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await heading(page)).toContain(event.title.en);
    expect(await page.locator(".top nav").textContent()).toContain("Timeline");
    expect(asked).toBe(1);
    await page.close();
    // The refused request is this test's doing, not the page's.
    const added = h.problems.splice(before);
    expect(added.filter((problem) => !problem.includes("net::ERR_FAILED"))).toEqual([]);
  });

  it("switches the interface and the labels to German and back, and remembers it", async () => {
    const page = await open("#/event/2025-08-23-kr-jp-tokyo-summit");
    const event = r.getEvent("2025-08-23-kr-jp-tokyo-summit");
    await expect.poll(() => heading(page), POLL).toContain(event.title.en);
    await page.getByRole("button", { name: "Auf Deutsch anzeigen" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), POLL).toBe("de");
    await expect.poll(() => heading(page), POLL).toContain(event.title.de);
    expect(await page.locator(".top nav").textContent()).toContain("Zeitleiste");
    expect(await page.locator(".facts dt").first().textContent()).toBe("Datum");
    await page.reload();
    await page.locator("main h1").waitFor();
    await expect.poll(() => heading(page), POLL).toContain(event.title.de);
    await page.getByRole("button", { name: "Show in English" }).click();
    await expect.poll(() => heading(page), POLL).toContain(event.title.en);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.close();
  });
});

describe("office titles", () => {
  it("shows each office's title in the page's language only (no German title in English, no English in German) and its roles by the model's names", async () => {
    const offices = r.dataset.records.filter((x) => x.type === "office");
    const page = await open("#/");
    for (const lang of ["en", "de"] as const) {
      await page.evaluate((l) => localStorage.setItem("korea-relations-lang", l), lang);
      await page.reload();
      await page.locator("main h1").first().waitFor();
      const problems: string[] = [];
      for (const office of offices) {
        await visit(page, `#/office/${office.id}`);
        const title =
          (await page
            .locator("main .facts div", { has: page.locator("dt", { hasText: /^(Title|Titel)$/ }) })
            .locator("dd")
            .textContent()) ?? "";
        if (!title.startsWith(office.label[lang])) problems.push(`${lang} ${office.id}: ${title}`);
        // Roles by the model's names, the words the brief writes too.
        const roles =
          (await page
            .locator("main .facts div", {
              has: page.locator("dt", { hasText: /^(Role|Funktion)$/ }),
            })
            .locator("dd")
            .textContent()) ?? "";
        const names = office.roles.map((role) => roleName(role, lang)).join(", ");
        if (!roles.startsWith(names)) problems.push(`${lang} ${office.id} roles: ${roles}`);
        // A source's wording that the page's own label does not contain is another language's.
        for (const wording of office.titles) {
          if (!office.label[lang].includes(wording) && title.includes(wording)) {
            problems.push(`${lang} ${office.id} shows "${wording}"`);
          }
        }
      }
      expect(problems).toEqual([]);
    }
    await page.close();
  });
});

describe("sums and sightings", () => {
  it("writes an agreement's value and items as the brief and the TUI do, in the page's language", async () => {
    const page = await open("#/agreement/2022-kr-pl-arms-deal");
    const fact = (label: RegExp) =>
      page
        .locator("main .facts div", { has: page.locator("dt", { hasText: label }) })
        .locator("dd");
    expect(await fact(/^(Value|Wert)$/).textContent()).toMatch(
      /^approx\. €15 billion \/ approx\. \$16\.2 billion/,
    );
    expect(
      await fact(/^(Items|Gegenstände)$/)
        .locator("li")
        .first()
        .textContent(),
    ).toBe("approx. 1,000 × K2 main battle tank");
    await page.evaluate(() => localStorage.setItem("korea-relations-lang", "de"));
    await page.reload();
    await page.locator("main h1").first().waitFor();
    expect(await fact(/^(Value|Wert)$/).textContent()).toMatch(
      /^ca\. 15 Milliarden Euro \/ ca\. 16,2 Milliarden US-Dollar/,
    );
    expect(
      await fact(/^(Items|Gegenstände)$/)
        .locator("li")
        .first()
        .textContent(),
    ).toBe("ca. 1.000 × K2 main battle tank");
    await page.close();
  });

  it("shows each date an office is observed once, with the evidence of every excerpt that shows it", async () => {
    const page = await open("#/office/kang-kyung-wha-foreign-minister-2020");
    const observed = page
      .locator("main .facts div", { has: page.locator("dt", { hasText: /^Observed$/ }) })
      .locator("dd");
    // Three excerpts show Kang in office on 10 Aug 2020: the date once, three markers.
    expect(await observed.locator("time").allTextContents()).toEqual(["10 August 2020"]);
    expect(await observed.locator(".cite-button").count()).toBe(3);
    const lee = r.getOffice("lee-jae-myung-head-of-state-2025");
    await visit(page, `#/office/${lee.id}`);
    expect(await observed.locator("time").allTextContents()).toEqual([
      "23 August 2025",
      "1 November 2025",
    ]);
    expect(await observed.locator(".cite-button").count()).toBe(
      lee.evidence.filter((e) => e.seen).length,
    );
    // On the person's page, each date a term is seen once.
    await visit(page, "#/person/kang-kyung-wha");
    const line = page.locator("main .terms li", { hasText: "Minister of Foreign Affairs" });
    expect(await line.locator("a[aria-label^='10 Aug 2020']").count()).toBe(1);
    await page.close();
  });
});

describe("keyboard", () => {
  it("goes to the first result on Enter once the results' code has loaded", async () => {
    const page = await open("#/");
    // The results' code arrives late, as on a slow connection.
    await page.route(/searchView-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.locator("#q").focus();
    await page.keyboard.type("Kang Kyung-wha");
    await page.keyboard.press("Enter");
    expect(await page.locator(".search-results").count()).toBe(0);
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("href") === "#/person/kang-kyung-wha",
      null,
      { timeout: 15_000 },
    );
    await page.close();
  });

  it("works without a mouse: skip link, search, results, evidence, source", async () => {
    const page = await open("#/");
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          tag: el?.tagName,
          id: el?.id,
          text: el?.textContent,
          cls: el?.className,
          outline: el ? getComputedStyle(el).outlineStyle : "",
        };
      });
    await page.keyboard.press("Tab");
    expect((await active()).text).toBe("Skip to content");
    expect((await active()).outline).toBe("solid");
    for (let i = 0; i < 10 && (await active()).id !== "q"; i++) await page.keyboard.press("Tab");
    expect((await active()).id).toBe("q");
    await page.keyboard.type("Kang Kyung-wha");
    await page.keyboard.press("Enter");
    // Enter goes to the first result as soon as the search (in its worker) has answered.
    await page
      .waitForFunction(
        () => document.activeElement?.getAttribute("href") === "#/person/kang-kyung-wha",
        null,
        { timeout: 15_000 },
      )
      .catch(() => undefined);
    // What the page shows, named in the failure.
    const state = await page.evaluate(() => {
      const results = document.querySelector<HTMLElement>(".search-results .results");
      return JSON.stringify({
        focus: document.activeElement?.outerHTML.slice(0, 100),
        typed: document.querySelector<HTMLInputElement>("#q")?.value,
        shown: results?.dataset.query,
        busy: results?.getAttribute("aria-busy"),
        first: document.querySelector(".hits a")?.getAttribute("href"),
        hash: location.hash,
      });
    });
    expect(
      await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute("href")),
      state,
    ).toBe("#/person/kang-kyung-wha");
    expect((await active()).outline).toBe("solid");
    await page.keyboard.press("Enter");
    await page.waitForURL(/#\/person\/kang-kyung-wha$/);
    // The person's page (a chunk of its own) takes the focus once drawn.
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");
    expect((await active()).tag).toBe("H1");
    for (let i = 0; i < 30 && (await active()).cls !== "cite-button"; i++)
      await page.keyboard.press("Tab");
    expect((await active()).cls).toBe("cite-button");
    expect((await active()).outline).toBe("solid");
    await page.keyboard.press("Enter");
    expect(await page.locator(".cite-button[aria-expanded=true]").count()).toBe(1);
    // The card: its source, then the passage in it.
    await page.keyboard.press("Tab");
    expect((await active()).text).toBe(
      r.getSource(r.evidenceFor("kang-kyung-wha")[0]?.source as string).title?.value,
    );
    await page.keyboard.press("Tab");
    expect((await active()).text).toBe("Show in the source");
    await page.keyboard.press("Enter");
    await page.waitForURL(/#\/source\//);
    await page.locator("mark.target").first().waitFor();
    expect((await active()).tag).toBe("MARK");
    await page.close();
  });
});

describe("offline and safe", () => {
  it("requests nothing from any host but its own, on any page", async () => {
    const page = await h.newPage();
    for (const hash of PAGES) await visit(page, hash);
    await page.waitForTimeout(300);
    await page.close();
    expect(h.requests.length).toBeGreaterThan(0);
    expect(h.requests.filter((url) => !url.startsWith(h.url))).toEqual([]);
    expect(h.problems).toEqual([]);
  });

  it("ships a Content Security Policy that forbids inline scripts and HTML sinks", async () => {
    const html = readFileSync(`${dist}/index.html`, "utf8");
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll("&#39;", "'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).not.toContain("unsafe-inline");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const page = await open("#/");
    const outcome = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML("beforeend", "<b>x</b>");
        return "parsed";
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(outcome).toBe("TypeError");
    await page.close();
  });
});

// One test per language, so that each stays well within its time.
describe.each(["en", "de"])("screenshots in %s", (lang) => {
  it("writes a screenshot of every kind of page at 375×812 and 1280×800, none scrolling sideways", async () => {
    mkdirSync(shots, { recursive: true });
    const name = (hash: string) =>
      hash
        .replace(/^#\/?/, "")
        .replace(/[^A-Za-z0-9]+/g, "-")
        .replace(/-$/, "") || "home";
    for (const viewport of VIEWPORTS) {
      const size = viewport.width < 600 ? "phone" : "desktop";
      const page = await h.newPage(viewport);
      await page.goto(`${h.url}#/`);
      await page.evaluate((l) => localStorage.setItem("korea-relations-lang", l), lang);
      await page.reload();
      for (const hash of PAGES) {
        await visit(page, hash);
        if (hash.startsWith("#/search")) {
          await page.locator(".search-results .results:not([aria-busy])").waitFor();
        }
        if (hash.startsWith("#/source/")) await page.locator(".article-text").waitFor();
        await page.waitForFunction(() => !document.querySelector("main [aria-busy]"));
        if (hash.startsWith("#/event/")) await page.locator(".cite-button").first().click();
        if (hash.startsWith("#/timeline")) {
          // A mark's label, as the keyboard shows it.
          await page.locator('svg.timeline a.mark[tabindex="0"]').focus();
          await page.keyboard.press("ArrowRight");
        }
        const path = `${shots}/${lang}-${size}-${name(hash)}.png`;
        await page.screenshot({ path });
        expect(readFileSync(path).length).toBeGreaterThan(1000);
        // The page never scrolls sideways.
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${size} ${hash}`).toBeLessThanOrEqual(viewport.width);
      }
      await page.close();
    }
  }, 180_000);
});
