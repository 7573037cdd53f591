/**
 * A test build (`vite build --mode injection`) adds records whose names,
 * titles, summaries, reasons and excerpts are markup with script: the page
 * must show every one of them as text, run nothing and load nothing.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness } from "./harness.js";
import { PAYLOAD } from "./injectionRecords.js";

const app = fileURLToPath(new URL("..", import.meta.url));
let out: string;
let h: Harness;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "korea-relations-injection-"));
  await build({
    root: app,
    mode: "injection",
    logLevel: "warn",
    build: { outDir: out, emptyOutDir: true },
  });
  h = await harness(out);
});
afterAll(async () => {
  await h?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

/** What the page holds besides text: elements the payload would create if parsed. */
const parsed = (page: Page) =>
  page.evaluate(() => ({
    images: document.querySelectorAll("img").length,
    inlineScripts: [...document.querySelectorAll("script")].filter((s) => !s.src).length,
    bold: document.querySelectorAll("main b").length,
  }));

const POLL = { timeout: 15_000 } as const;
const heading = (page: Page) => page.locator("main h1").textContent();

describe("records whose text is markup", () => {
  it("are found by search and listed as text", async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}#/search?q=Mallory`);
    await page.locator(".hits a").first().waitFor();
    const labels = await page.locator(".hits a").allTextContents();
    expect(labels).toContain(`Mallory ${PAYLOAD}`);
    expect(await page.locator(".hits .detail").allTextContents()).toContain(`Injected ${PAYLOAD}`);
    expect(await parsed(page)).toEqual({ images: 0, inlineScripts: 0, bold: 0 });
    await page.close();
  });

  it("show as text on their pages, in both languages, with evidence and reasons", async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}#/person/injected-mallory`);
    await expect.poll(() => heading(page), POLL).toContain(`Mallory ${PAYLOAD}`);
    expect(await page.locator("main .lead").textContent()).toBe(`Injected ${PAYLOAD}`);
    expect(await page.locator("main").textContent()).toContain("<b>Mallory</b>");
    await page.locator(".cite-button").first().click();
    expect(await page.locator(".cite-card:visible blockquote").first().textContent()).toBe(PAYLOAD);

    await page.goto(`${h.url}#/event/injected-event`);
    await expect.poll(() => heading(page), POLL).toContain(`Mallory meets ${PAYLOAD}`);
    expect(await page.locator(".basis .reason").first().textContent()).toBe(`Reason ${PAYLOAD}`);
    expect(await page.locator(".facts").textContent()).toContain(`Topic ${PAYLOAD}`);
    await page.getByRole("button", { name: "Auf Deutsch anzeigen" }).click();
    // The German labels come in a chunk of their own: wait for the page to be drawn again.
    await expect.poll(() => heading(page), POLL).toContain(`Mallory trifft ${PAYLOAD}`);
    expect(await parsed(page)).toEqual({ images: 0, inlineScripts: 0, bold: 0 });
    await page.close();
  });

  it("show as text on the timeline and their topic page", async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}#/timeline`);
    await page.locator("svg.timeline").waitFor();
    const labels = await page
      .locator("svg.timeline a.mark")
      .evaluateAll((marks) => marks.map((m) => m.getAttribute("aria-label")));
    expect(labels.some((label) => label?.includes(`Mallory meets ${PAYLOAD}`))).toBe(true);
    expect(await page.locator(".timeline-view .items").textContent()).toContain(PAYLOAD);
    await page.goto(`${h.url}#/topic/injected-topic`);
    // Record pages load as a chunk: the timeline stays until the topic's page is drawn.
    await page.locator("main:not([aria-busy]) .record-head h1").waitFor();
    expect(await page.locator("main h1").textContent()).toContain(`Topic ${PAYLOAD}`);
    expect(await parsed(page)).toEqual({ images: 0, inlineScripts: 0, bold: 0 });
    await page.close();
  });

  it("run nothing and request nothing", () => {
    expect(h.problems).toEqual([]);
    expect(h.requests.filter((url) => !url.startsWith(h.url))).toEqual([]);
    // A request for "x" would mean an <img src=x> was created.
    expect(h.requests.filter((url) => new URL(url).pathname.endsWith("/x"))).toEqual([]);
  });
});
