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
import { builtin, type DatasetRecord, type Event } from "@korea-relations/core";
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

let h: Harness;
beforeAll(async () => {
  h = await harness(`${app}dist`);
});
afterAll(async () => {
  await h?.close();
});

async function open(file: { name: string; text: string }): Promise<Page> {
  const page = await h.newPage();
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
    // The list below: the first 200 events and a button for the next.
    const list = page.locator("section[aria-labelledby=tl-list]");
    expect(await list.locator(".items li").count()).toBe(200);
    await list.locator("button.more").click();
    expect(await list.locator(".items li").count()).toBe(400);
    await page.close();
  });
});
