/**
 * The built files: the home page within the size budget, no test records, no
 * inline code, nothing loaded from elsewhere.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { homeFiles } from "../scripts/homeFiles.mjs";
import { harness } from "./harness.js";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const assets = readdirSync(`${dist}assets`).filter((f) => /\.(js|css)$/.test(f));
const read = (file: string) => readFileSync(`${dist}assets/${file}`);

/**
 * The budget for the JavaScript and CSS the home page loads, gzipped, the
 * built-in dataset included. Views not every visit needs (timeline, network,
 * opening a file, downloads, source texts, the search worker) load on demand.
 */
const BUDGET = 120 * 1024;

describe("dist", () => {
  it("loads at most 120 KB of JavaScript and CSS, gzipped, on the home page", async () => {
    const home = homeFiles(dist).filter((f) => /\.(js|css)$/.test(f));
    const total = home.reduce(
      (sum, file) => sum + gzipSync(readFileSync(`${dist}${file}`), { level: 9 }).length,
      0,
    );
    // The dataset is in it (the page shows its figures without waiting).
    expect(total).toBeGreaterThan(50 * 1024);
    expect(total).toBeLessThanOrEqual(BUDGET);
    // What Chromium fetches on arrival is exactly what was counted.
    const h = await harness(dist);
    try {
      const page = await h.newPage();
      await page.goto(`${h.url}#/`);
      await page.locator("main h1").waitFor();
      await page.waitForLoadState("networkidle");
      const loaded = h.requests
        .map((url) => new URL(url).pathname.slice(1))
        .filter((f) => /\.(js|css)$/.test(f));
      expect([...new Set(loaded)].sort()).toEqual(home);
      expect(h.problems).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it("keeps the source texts out of the main bundle", () => {
    const html = readFileSync(`${dist}index.html`, "utf8");
    const entry = /src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1] as string;
    expect(assets).toContain(entry);
    expect(assets.filter((f) => f.endsWith(".js")).length).toBeGreaterThan(1);
  });

  it("has no test records and no inline scripts or styles", () => {
    for (const file of assets) expect(read(file).includes("injected-mallory"), file).toBe(false);
    const html = readFileSync(`${dist}index.html`, "utf8");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|style=/);
    // Everything the page loads is its own (relative) file.
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url).toMatch(/^\.\//);
  });
});
