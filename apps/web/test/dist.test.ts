/**
 * The built files: within the size budget, no test records, no inline code,
 * nothing loaded from elsewhere.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const assets = readdirSync(`${dist}assets`).filter((f) => /\.(js|css)$/.test(f));
const read = (file: string) => readFileSync(`${dist}assets/${file}`);

/** The budget for all JavaScript and CSS, gzipped, dataset and source texts included. */
const BUDGET = 120 * 1024;

describe("dist", () => {
  it("ships at most 120 KB of JavaScript and CSS, gzipped", () => {
    const total = assets.reduce((sum, file) => sum + gzipSync(read(file), { level: 9 }).length, 0);
    expect(total).toBeGreaterThan(10 * 1024);
    expect(total).toBeLessThanOrEqual(BUDGET);
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
