/**
 * Every link both ways, in Chromium on the built page: each record page of the
 * built-in dataset links every record core's `relatedRecords` reports, each
 * relation in a section of its own (or among the page's facts; the sources of
 * its evidence in the evidence section), and the sections read well.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { builtin, type DatasetRecord, RECORD_TYPES } from "@korea-relations/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageLinkPlaces } from "../scripts/pageLinks.mjs";
import { type Harness, harness } from "./harness.js";

const app = fileURLToPath(new URL("..", import.meta.url));
const r = builtin();

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await harness(`${app}dist`);
  page = await h.newPage();
  await page.goto(`${h.url}#/`);
  await page.locator("main h1").first().waitFor();
});
afterAll(async () => {
  await h?.close();
});

/** Where each related record of `record` is missing from its page: `id relation linked-id`. */
async function missingLinks(record: DatasetRecord): Promise<string[]> {
  const places = await pageLinkPlaces(page, record.type, record.id);
  const at = (place: string) => new Set(places[place] ?? []);
  const problems: string[] = [];
  for (const [relation, list] of Object.entries(r.relatedRecords(record.id).links)) {
    const ids = (list ?? []).map((x) => x.id);
    const home =
      relation === "sources"
        ? [at("evidence")]
        : // A relation's records all in its own section, or all among the facts.
          [at(`relation:${relation}`), at("facts")];
    if (!home.some((set) => ids.every((id) => set.has(id)))) {
      const seen = new Set(home.flatMap((set) => [...set]));
      for (const id of ids) if (!seen.has(id)) problems.push(`${record.id} ${relation} ${id}`);
      if (ids.every((id) => seen.has(id))) problems.push(`${record.id} ${relation} split`);
    }
  }
  return problems;
}

describe.each(RECORD_TYPES)("every %s page", (type) => {
  it("links every record core relates to it, each relation in its own place", async () => {
    const records = r.dataset.records.filter((x) => x.type === type);
    expect(records.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const record of records) problems.push(...(await missingLinks(record)));
    expect(problems).toEqual([]);
  });
});

const section = (relation: string) => page.locator(`main section[data-relation="${relation}"]`);
const open = async (hash: string) => {
  await page.goto(`${h.url}${hash}`);
  await page.locator("main h1").first().waitFor();
};
const hrefs = (locator: ReturnType<typeof section>, selector = "a") =>
  locator.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute("href")));

describe("sections that read well", () => {
  it("a place lists the events held there, and what was agreed and said there", async () => {
    const { links } = r.relatedRecords("kuala-lumpur");
    await open("#/place/kuala-lumpur");
    expect(await section("eventsHeld").locator("h2").textContent()).toBe(
      `Events held here ${links.eventsHeld?.length}`,
    );
    expect(await hrefs(section("eventsHeld"), "li > a")).toEqual(
      links.eventsHeld?.map((e) => `#/event/${e.id}`),
    );
    expect(await section("agreements").locator("h2").textContent()).toMatch(
      /^Agreements reached here/,
    );
    expect(await section("quotes").locator("h2").textContent()).toMatch(/^Said here/);
  });

  it("an event lists its sub-events, and each sub-event names the event it is part of", async () => {
    const id = "2025-11-01-admm-plus-kuala-lumpur";
    const parts = r.relatedRecords(id).links.parts ?? [];
    expect(parts.length).toBe(9);
    await open(`#/event/${id}`);
    expect(await section("parts").locator("h2").textContent()).toBe(`Sub-events ${parts.length}`);
    expect(await hrefs(section("parts"), "li > a")).toEqual(parts.map((e) => `#/event/${e.id}`));
    await open(`#/event/${parts[0]?.id}`);
    const partOf = page
      .locator(".facts > div")
      .filter({ has: page.locator("dt", { hasText: /^Part of$/ }) });
    expect(await partOf.locator("dd > a").getAttribute("href")).toBe(`#/event/${id}`);
  });

  it("a topic lists its events, agreements and quotes", async () => {
    const topic = r.dataset.topics.find((t) => {
      const { links } = r.relatedRecords(t.id);
      return links.events && links.agreements && links.quotes;
    });
    expect(topic).toBeDefined();
    const { links } = r.relatedRecords(topic?.id as string);
    await open(`#/topic/${topic?.id}`);
    for (const relation of ["events", "agreements", "quotes"] as const) {
      const list = links[relation] ?? [];
      expect(list.length, relation).toBeGreaterThan(0);
      expect(await section(relation).locator("h2 .count").textContent()).toBe(` ${list.length}`);
    }
  });

  it("a country keeps the events it takes part in apart from the events only about it", async () => {
    const { links } = r.relatedRecords("KR");
    const about = links.eventsAbout ?? [];
    expect(about.map((e) => e.id)).toContain(
      "2019-07-japan-tightens-export-controls-on-south-korea",
    );
    await open("#/country/KR");
    expect(await section("events").locator("h2").textContent()).toBe(
      `Events it takes part in ${links.events?.length}`,
    );
    expect(await section("eventsAbout").locator("h2").textContent()).toBe(
      `Events about it, without taking part ${about.length}`,
    );
    const aboutLinks = await hrefs(section("eventsAbout"), "li > a");
    expect(aboutLinks).toEqual(about.map((e) => `#/event/${e.id}`));
    const partyLinks = new Set(await hrefs(section("events"), "li > a"));
    expect(aboutLinks.filter((href) => partyLinks.has(href))).toEqual([]);
  });

  it("a country has a government section: each role with its holders and their terms", async () => {
    await open("#/country/KR");
    const government = section("offices");
    expect(await government.locator("h2").textContent()).toMatch(/^Government and officials/);
    const heads = government.locator(".facts > div", { hasText: "Head of state" }).first();
    expect(await heads.locator("dt").textContent()).toBe("Head of state");
    // One line per person and term (an office record is a term): Lee once, linking his term.
    const lee = heads.locator("li", { hasText: "Lee Jae-myung" });
    expect(await lee.count()).toBe(1);
    expect(await lee.locator(".term").textContent()).toBe("since 4 Jun 2025");
    expect([...new Set(await hrefs(lee, 'a[href^="#/office/"]'))]).toEqual(
      r
        .officesOf("lee-jae-myung")
        .filter((o) => o.roles.includes("head-of-state"))
        .map((o) => `#/office/${o.id}`),
    );
    const yoon = heads.locator("li", { hasText: "Yoon Suk-yeol" });
    expect(await yoon.locator(".term").textContent()).toBe("10 May 2022 – 4 Apr 2025");
    // Every office of the country is linked from the section.
    const offices = r.relatedRecords("KR").links.offices ?? [];
    expect(new Set(await hrefs(government, 'a[href^="#/office/"]'))).toEqual(
      new Set(offices.map((o) => `#/office/${o.id}`)),
    );
  });

  it("a person's offices read as terms, one per role and country", async () => {
    await open("#/person/lee-jae-myung");
    const terms = section("offices").locator("li");
    const held = r.officesOf("lee-jae-myung");
    expect(held).toHaveLength(2);
    expect(await terms.count()).toBe(held.length);
    expect(await section("offices").locator("h2").textContent()).toBe(`Offices ${held.length}`);
    // The term's own label, then where and when.
    const head = held.find((o) => o.roles.includes("head-of-state"));
    expect(await terms.first().textContent()).toContain(
      `${head?.label.en}, South Korea · since 4 Jun 2025`,
    );
  });

  it("a source lists everything it supports, by kind", async () => {
    const id = "ffo-2020-08-10-strategic-dialogue";
    const supported = r.relatedRecords(id).links.evidences ?? [];
    await open(`#/source/${id}`);
    const kinds = new Set(supported.map((x) => x.type));
    expect(await section("evidences").locator("h3").count()).toBe(kinds.size);
    expect(await section("evidences").locator("h2").textContent()).toBe(
      `What this source supports ${supported.length}`,
    );
  });

  it("reads in German too", async () => {
    await page.evaluate(() => localStorage.setItem("korea-relations-lang", "de"));
    await page.goto(`${h.url}#/place/kuala-lumpur`);
    await page.reload();
    await page.locator("main h1").first().waitFor();
    expect(await section("eventsHeld").locator("h2").textContent()).toMatch(
      /^Ereignisse an diesem Ort/,
    );
    await page.goto(`${h.url}#/country/KR`);
    expect(await section("offices").locator("dt").first().textContent()).toBe("Staatsoberhaupt");
    await page.evaluate(() => localStorage.setItem("korea-relations-lang", "en"));
    await page.reload();
    await page.locator("main h1").first().waitFor();
  });

  it("loaded every page without a console error", () => {
    expect(h.problems).toEqual([]);
  });
});

describe("the links dump (scripts/pageLinks.mjs)", () => {
  const run = promisify(execFile);
  const script = `${app}scripts/pageLinks.mjs`;

  it("prints each record page's linked ids as JSON", async () => {
    const { stdout } = await run(process.execPath, [script, "KR", "kuala-lumpur"]);
    const links = JSON.parse(stdout) as Record<string, string[]>;
    expect(Object.keys(links)).toEqual(["KR", "kuala-lumpur"]);
    const related = Object.values(r.relatedRecords("kuala-lumpur").links).flatMap((list) =>
      (list ?? []).map((x) => x.id),
    );
    expect(links["kuala-lumpur"]).toEqual(expect.arrayContaining(related));
    expect(links["kuala-lumpur"]).toEqual([...(links["kuala-lumpur"] ?? [])].sort());
  });

  it("refuses an unknown id in one line", async () => {
    const failed = await run(process.execPath, [script, "no-such-record"]).catch((error) => error);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toBe('pageLinks: no record with the id "no-such-record"\n');
  });
});
