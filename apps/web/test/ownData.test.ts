/**
 * Your own data (issue 15 item 8), in Chromium on the built page: a file
 * chosen in the file picker is checked by core and shown in the whole page
 * (search included: on the page, or from the search worker when the file
 * is too large to search there); a broken file lists its
 * problems by record and field and changes nothing; a file with more events
 * than the timeline draws one by one shows them counted per year and row,
 * and long lists a part at a time.
 */
import { fileURLToPath } from "node:url";
import {
  builtin,
  createRelations,
  type DatasetRecord,
  type Event,
  type Office,
  type Organization,
  type Person,
  type Quote,
  relationsNetwork,
} from "@korea-relations/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_RECORDS } from "../src/searchClient.js";
import { type Harness, harness } from "./harness.js";

const app = fileURLToPath(new URL("..", import.meta.url));
const records: readonly DatasetRecord[] = builtin().dataset.records;

/** The built-in records and `n` more events, made from one of them. */
function withEvents(n: number): DatasetRecord[] {
  const model = records.find(
    (x): x is Event => x.type === "event" && x.partOf === undefined && x.date.end === undefined,
  ) as Event;
  const more = Array.from({ length: n }, (_, i): Event => {
    const year = 1990 + (i % 35);
    const month = String(1 + (i % 12)).padStart(2, "0");
    return {
      ...model,
      id: `generated-${i}`,
      title: { en: `Generated talks number ${i}`, de: `Erzeugte Gespräche Nummer ${i}` },
      date: { ...model.date, value: `${year}-${month}-15` },
    } as Event;
  });
  return [...records, ...more];
}

/** The first built-in record of a type. */
const first = <T extends DatasetRecord>(type: T["type"]) =>
  records.find((x) => x.type === type) as T;

/**
 * The built-in records and, made from them, `n` more quotes and `n` more
 * people each holding an office (all citing the first quote's source), and
 * `orgs` organizations each taking part in an event with each of the others.
 */
function withMany(n: number, orgs: number): DatasetRecord[] {
  const quote = first<Quote>("quote");
  const person = first<Person>("person");
  const office = first<Office>("office");
  const org = first<Organization>("organization");
  const event = records.find(
    (x): x is Event => x.type === "event" && x.partOf === undefined && x.date.end === undefined,
  ) as Event;
  const more: DatasetRecord[] = [];
  for (let i = 0; i < n; i++) {
    more.push({ ...quote, id: `gen-quote-${i}` } as Quote);
    const { native: _, ...bare } = person;
    more.push({ ...bare, id: `gen-person-${i}`, name: `Generated Person ${i}`, aliases: [] });
    more.push({ ...office, id: `gen-office-${i}`, person: `gen-person-${i}` } as Office);
  }
  for (let i = 0; i < orgs; i++) {
    more.push({
      ...org,
      id: `gen-org-${i}`,
      name: `Generated Org ${i}`,
      names: { en: `Generated Org ${i}`, de: `Erzeugte Org ${i}` },
      aliases: [],
    } as Organization);
    for (let j = 0; j < i; j++) {
      more.push({
        ...event,
        id: `gen-meeting-${j}-${i}`,
        title: { en: `Generated meeting ${j}-${i}`, de: `Erzeugtes Treffen ${j}-${i}` },
        organizations: [`gen-org-${j}`, `gen-org-${i}`],
      } as Event);
    }
  }
  return [...records, ...more];
}

let h: Harness;
beforeAll(async () => {
  h = await harness(`${app}dist`);
});
afterAll(async () => {
  await h?.close();
});

async function open(
  file: { name: string; text: string },
  page: Page | Promise<Page> = h.newPage(),
): Promise<Page> {
  page = await page;
  await page.goto(`${h.url}#/open`);
  await page.locator("#open-file").setInputFiles({
    name: file.name,
    mimeType: "application/json",
    buffer: Buffer.from(file.text),
  });
  return page;
}

describe("your own data", () => {
  it("opens a dataset.json in the whole page, search included, and goes back", async () => {
    const page = await open({
      name: "mine.json",
      text: JSON.stringify(withEvents(3)),
    });
    await page.locator(".data-banner:not([hidden])").waitFor();
    expect(await page.locator(".data-banner").textContent()).toContain("mine.json");
    expect(await page.locator("main h1").textContent()).toBe("mine.json");
    await page.locator("#q").fill("Generated talks number 2");
    await page.waitForFunction(
      () =>
        document.querySelector(".search-results .results")?.getAttribute("data-query") ===
        "Generated talks number 2",
    );
    expect(await page.locator(".hits a").first().getAttribute("href")).toBe("#/event/generated-2");
    await page.locator(".data-banner button").click();
    await page.locator(".data-banner").waitFor({ state: "hidden" });
    expect(await page.locator("main h1").textContent()).not.toBe("mine.json");
    await page.close();
  });

  it("opens NDJSON, a record a line", async () => {
    const page = await open({
      name: "mine.ndjson",
      text: withEvents(1)
        .map((x) => JSON.stringify(x))
        .join("\n"),
    });
    await page.locator(".data-banner:not([hidden])").waitFor();
    await page.goto(`${h.url}#/event/generated-0`);
    await page.locator("main:not([aria-busy]) .record-head h1").waitFor();
    expect(await page.locator("main h1").textContent()).toContain("Generated talks number 0");
    await page.close();
  });

  it("lists a broken file's problems by record and field, and keeps the page as it was", async () => {
    const broken = withEvents(1).map((x) =>
      x.id === "generated-0" ? { ...x, date: { value: "the day after" } } : x,
    );
    const page = await open({ name: "broken.json", text: JSON.stringify(broken) });
    await page.locator(".problem-list li").first().waitFor();
    const problems = (await page.locator(".problem-list").textContent()) ?? "";
    expect(problems).toContain("generated-0");
    expect(problems).toContain("date");
    expect(await page.locator(".status").textContent()).toContain("broken.json cannot be opened");
    expect(await page.locator(".data-banner").isHidden()).toBe(true);
    // Search still answers from the built-in data.
    await page.locator("#q").fill("Ishiba");
    await page.waitForFunction(
      () =>
        document.querySelector(".search-results .results")?.getAttribute("data-query") === "Ishiba",
    );
    expect(await page.locator(".hits a").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("searches a dataset too large to search on the page in the search worker", async () => {
    const page = await open({
      name: "larger.json",
      text: JSON.stringify(withEvents(LOCAL_RECORDS)),
    });
    await page.locator(".data-banner:not([hidden])").waitFor();
    await page.locator("#q").fill("Generated talks number 4321");
    await page.waitForFunction(
      () =>
        document.querySelector(".search-results .results")?.getAttribute("data-query") ===
        "Generated talks number 4321",
    );
    expect(await page.locator(".hits a").first().getAttribute("href")).toBe(
      "#/event/generated-4321",
    );
    expect(page.workers()).toHaveLength(1);
    await page.close();
  });

  it("shows a large dataset's network as core reports it, built in the search worker", async () => {
    const data = withEvents(LOCAL_RECORDS);
    const expected = relationsNetwork(createRelations(data));
    const watched = await h.newPage();
    // What the page asks of its worker.
    await watched.addInitScript(() => {
      const asked: unknown[] = [];
      Object.assign(window, { asked });
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
        asked.push((message as { type?: unknown } | null)?.type);
        return post.call(this, message, ...rest);
      } as typeof post;
    });
    const page = await open({ name: "large.json", text: JSON.stringify(data) }, watched);
    await page.locator(".data-banner:not([hidden])").waitFor();
    await page.evaluate(() => {
      location.hash = "#/network";
    });
    await page.locator("main:not([aria-busy]) svg.network").waitFor();
    expect(await page.locator(".network-tables summary").textContent()).toBe(
      `The numbers: ${expected.edges.length} pairs, ${expected.nodes.length} taking part`,
    );
    await page.locator(".network-tables summary").click();
    const heaviest = page.locator(".network-tables table").first().locator("tbody tr").first();
    expect(await heaviest.locator("td.num").textContent()).toBe(String(expected.edges[0]?.events));
    expect(await page.evaluate(() => (window as unknown as { asked: unknown[] }).asked)).toContain(
      "network",
    );
    await page.close();
  });

  it("counts more events than it can draw one by one, and lists them a part at a time", async () => {
    const page = await open({
      name: "large.json",
      text: JSON.stringify(withEvents(1500)),
    });
    await page.locator(".data-banner:not([hidden])").waitFor();
    await page.goto(`${h.url}#/timeline`);
    await page.locator("main:not([aria-busy]) .timeline-view").waitFor();
    // No mark per event: cells per year and row, each titled with its count.
    expect(await page.locator("svg.timeline a.mark").count()).toBe(0);
    const cells = page.locator("svg.timeline rect.density");
    expect(await cells.count()).toBeGreaterThan(10);
    expect(await cells.first().locator("title").textContent()).toMatch(/, \d{4}: \d+ events?$/);
    expect(await page.locator(".density-chart .note").textContent()).toContain("1,000");
    // The list below (drawn in a task of its own, busy till then): the first
    // 200 events and a button for the next.
    await page.waitForFunction(() => !document.querySelector("main [aria-busy]"));
    const list = page.locator("section[aria-labelledby=tl-list]");
    expect(await list.locator(".items li").count()).toBe(200);
    await list.locator("button.more").click();
    expect(await list.locator(".items li").count()).toBe(400);
    await page.close();
  });

  it("lists a source's quotes and office terms a part at a time; the built-in source's whole", async () => {
    const quote = first<Quote>("quote");
    const source = quote.evidence[0]?.source as string;
    const builtinPage = await h.newPage();
    await builtinPage.goto(`${h.url}#/source/${source}`);
    await builtinPage.locator("main:not([aria-busy]) article h1").waitFor();
    const group = (page: Page, type: string) =>
      page.locator(`section[data-relation=evidences] .kind-group:has(h3:text-is("${type}"))`);
    const builtinQuotes = await group(builtinPage, "Quotes").locator(".quotes > li").count();
    expect(builtinQuotes).toBeGreaterThan(0);
    expect(await builtinPage.locator("main button.more").count()).toBe(0);
    await builtinPage.close();

    const page = await open({ name: "many.json", text: JSON.stringify(withMany(250, 0)) });
    await page.locator(".data-banner:not([hidden])").waitFor();
    await page.goto(`${h.url}#/source/${source}`);
    await page.locator("main:not([aria-busy]) article h1").waitFor();
    // A large relation, and each of its kinds, is drawn in a task of its own, busy till then.
    await page.waitForFunction(() => !document.querySelector("main .later[aria-busy]"));
    const quotes = group(page, "Quotes");
    expect(await quotes.locator("h3").textContent()).toBe(`Quotes ${builtinQuotes + 250}`);
    // About 200 lines at first in all, a part of each kind's (10 at least).
    const kinds = await page.locator("section[data-relation=evidences] .kind-group").count();
    const each = Math.max(10, Math.ceil(200 / kinds));
    expect(each).toBeLessThan(100);
    expect(await quotes.locator(".quotes > li").count()).toBe(each);
    const lines = page.locator(
      "section[data-relation=evidences] .kind-group :is(.items, .quotes, .terms, .hits) > li",
    );
    expect(await lines.count()).toBeLessThanOrEqual(200 + 10 * kinds);
    await quotes.locator("button.more").click();
    expect(await quotes.locator(".quotes > li").count()).toBe(2 * each);
    const terms = group(page, "Offices").locator(".terms > li");
    const before = await terms.count();
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(builtinQuotes + 250);
    await group(page, "Offices").locator("button.more").first().click();
    expect(await terms.count()).toBeGreaterThan(before);
    await page.close();
  });

  it("draws the network's strongest pairs and pages its tables; the built-in network whole", async () => {
    const builtinPage = await h.newPage();
    await builtinPage.goto(`${h.url}#/network`);
    await builtinPage.locator("main:not([aria-busy]) svg.network").waitFor();
    expect(await builtinPage.locator("figure.chart p.detail").count()).toBe(0);
    expect(await builtinPage.locator("main button.more").count()).toBe(0);
    await builtinPage.close();

    // 25 organizations, each pair meeting once: 300 pairs among them.
    const page = await open({ name: "network.json", text: JSON.stringify(withMany(0, 25)) });
    await page.locator(".data-banner:not([hidden])").waitFor();
    await page.goto(`${h.url}#/network`);
    await page.locator("main:not([aria-busy]) svg.network").waitFor();
    const summary = (await page.locator(".network-tables summary").textContent()) ?? "";
    const pairs = Number(/(\d+) pairs/.exec(summary)?.[1]);
    expect(pairs).toBeGreaterThan(300);
    expect(await page.locator("svg.network .edges path").count()).toBe(150);
    expect(await page.locator("figure.chart p.detail").textContent()).toBe(
      `The chart shows the 150 pairs with the most shared events, of ${pairs}; the list and the numbers below have them all.`,
    );
    await page.locator(".network-tables summary").click();
    const rows = page.locator(".network-tables table").first().locator("tbody tr");
    expect(await rows.count()).toBe(200);
    await page.locator(".network-tables .paged button.more").first().click();
    expect(await rows.count()).toBe(Math.min(400, pairs));
    await page.close();
  });
});
