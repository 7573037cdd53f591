/**
 * Take the data away (issue 15 item 7), in Chromium on the built page: every
 * list downloads as CSV in the published tables' columns (with the dataset's
 * version) and as JSON, as filtered; "cite this" names the dataset version
 * and the passages, as text, BibTeX and CSL-JSON.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { builtin, DATASET_VERSION } from "@korea-relations/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness } from "./harness.js";

const app = fileURLToPath(new URL("..", import.meta.url));
const r = builtin();
const published = (name: string) =>
  readFileSync(
    createRequire(import.meta.url).resolve(`@korea-relations/core/data/${name}`),
    "utf8",
  );

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await harness(`${app}dist`);
  page = await h.newPage();
  // Keep what the page saves: the blob of each object URL and the name its link gives.
  await page.addInitScript(() => {
    const w = window as unknown as { saved: { name: string; blob: Blob }[] };
    w.saved = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = create(blob);
      if (blob instanceof Blob) blobs.set(url, blob);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob && this.download) w.saved.push({ name: this.download, blob });
      else click.call(this);
    };
  });
});
afterAll(async () => {
  await h?.close();
});

/**
 * Clicks a download button and reads the file the page hands to the browser
 * (the blob behind the object URL of the link it clicks, and the link's name).
 */
async function download(format: "csv" | "json"): Promise<{ name: string; text: string }> {
  const before = await page.evaluate(
    () => (window as unknown as { saved: unknown[] }).saved.length,
  );
  await page.locator(`button.download[data-format="${format}"]`).first().click();
  await page.waitForFunction(
    (n) => (window as unknown as { saved: unknown[] }).saved.length > n,
    before,
  );
  return page.evaluate(async () => {
    const saved = (window as unknown as { saved: { name: string; blob: Blob }[] }).saved;
    const last = saved[saved.length - 1] as { name: string; blob: Blob };
    return { name: last.name, text: await last.blob.text() };
  });
}

describe("downloads", () => {
  it("gives the events list as the published event table and as the records, with the version", async () => {
    await page.goto(`${h.url}#/browse/event`);
    await page.locator("main h1").first().waitFor();
    const csv = await download("csv");
    expect(csv.name).toMatch(/^korea-relations-.*\.csv$/);
    const [header, ...rows] = csv.text.trimEnd().split("\n");
    const [publishedHeader] = published("event.csv").split("\n");
    expect(header).toBe(publishedHeader);
    expect(header?.split(",").at(-1)).toBe("dataset_version");
    expect(rows.filter((row) => /^"?\d{4}/.test(row) || row.includes(DATASET_VERSION)).length).toBe(
      r.dataset.events.length,
    );
    expect(csv.text).toContain(DATASET_VERSION);
    const json = await download("json");
    const records = JSON.parse(json.text) as { id: string }[];
    expect(records.map((x) => x.id).sort()).toEqual(r.dataset.events.map((e) => e.id).sort());
  });

  it("gives a search's every result, ranked as core ranks them", async () => {
    await page.goto(`${h.url}#/search?q=Kang`);
    await page.locator("main [aria-busy=false], main .results").first().waitFor();
    await page.locator("button.download").first().waitFor();
    const found = r.search("Kang", { limit: 1000 });
    const csv = await download("csv");
    const rows = csv.text.trimEnd().split("\n");
    expect(rows[0]).toBe("rank,type,id,label,matched_field,matched_text");
    expect(rows.slice(1).map((row) => row.split(",")[2])).toEqual(found.hits.map((hit) => hit.id));
  });
});

describe("cite this", () => {
  it("names the dataset version and the source passages in text, BibTeX and CSL-JSON", async () => {
    const id = "2025-08-23-kr-jp-tokyo-summit";
    await page.goto(`${h.url}#/event/${id}`);
    const cite = page.locator("details.cite-this");
    await cite.locator("summary").click();
    const bibtex = await cite.locator('pre[data-format="bibtex"]').textContent();
    const csl = JSON.parse((await cite.locator('pre[data-format="csl-json"]').textContent()) ?? "");
    const text = (await cite.locator("pre").first().textContent()) ?? "";
    for (const format of [text, bibtex ?? "", JSON.stringify(csl)]) {
      expect(format).toContain(DATASET_VERSION);
    }
    expect(bibtex).toMatch(/^@misc\{/);
    const source = r.evidenceFor(id)[0]?.source as string;
    expect(text + JSON.stringify(csl)).toContain(r.recordLabel(source));
  });
});
