/**
 * The HTML brief of the built package, opened from a file in Debian's
 * Chromium as a reader would: it makes no request, fits 375 and 1280 px
 * without sideways scrolling, its footnote links land on their footnotes, and
 * it prints. Screenshots go to the system's temporary folder to be looked at.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const dist = join(dirname(fileURLToPath(import.meta.url)), "../dist");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const shots = join(tmpdir(), "korea-relations-brief-shots");
let browser: Browser;
let dir = "";

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install -y chromium (as root), or set CHROMIUM_PATH.`,
    );
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  dir = mkdtempSync(join(tmpdir(), "korea-relations-brief-"));
  mkdirSync(shots, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ["KR", "JP", "en"],
  ["DE", "KR", "de"],
] as const)("the %s–%s brief (%s) as HTML in Chromium", (a, b, lang) => {
  let file = "";
  beforeAll(async () => {
    const { builtin } = await import(join(dist, "index.js"));
    const { brief, briefHtml } = await import(join(dist, "brief.js"));
    file = join(dir, `${a}-${b}.${lang}.html`);
    writeFileSync(file, briefHtml(brief(builtin(), a, b, { lang })));
  });

  for (const width of [375, 1280]) {
    it(`at ${width} px: no request, no sideways scrolling, footnote links land`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      const url = pathToFileURL(file).href;
      await page.goto(url);
      expect(requests).toEqual([url]);
      // (Expressions as strings: this package's TypeScript has no DOM types.)
      const overflow = await page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth",
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const caveat = (await page.locator("aside.caveat").textContent())?.trim();
      expect(caveat).toMatch(
        lang === "en" ? /^Caveat\. This brief/ : /^Vorbehalt\. Dieses Dossier/,
      );
      const ref = page.locator("#chronology sup a").first();
      const target = await ref.getAttribute("href");
      await ref.click();
      expect(new URL(page.url()).hash).toBe(target);
      const inView = await page.evaluate(
        `(() => { const box = document.querySelector(${JSON.stringify(target)}).getBoundingClientRect();
          return box.top > -2 && box.top < window.innerHeight; })()`,
      );
      expect(inView).toBe(true);
      await page.evaluate("window.scrollTo(0, 0)");
      await page.screenshot({
        path: join(shots, `${a}-${b}.${lang}.${width}.png`),
        fullPage: false,
      });
      await page.close();
    });
  }

  it("prints: the print stylesheet applies and a PDF comes out", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.emulateMedia({ media: "print" });
    const decoration = await page.evaluate(
      'getComputedStyle(document.querySelector("sup a")).textDecorationLine',
    );
    expect(decoration).toBe("none");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  });
});
