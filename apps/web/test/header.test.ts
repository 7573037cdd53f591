/**
 * The header at hand at every width from 320 to 1920 px, in Chromium: while
 * the reader scrolls, the search box and the language switch stay in view and
 * clickable (on a phone as a compact bar: the brand and the navigation scroll
 * away); switching language mid-page keeps the place on a phone as on a
 * laptop; the header's controls are reached by keyboard without the page
 * moving; and whatever the page moves to (a footnote, a cited passage, focus
 * moving up by keyboard) lands below the sticky bar, not under it.
 */

import { fileURLToPath } from "node:url";
import { builtin } from "@korea-relations/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness } from "./harness.js";

const dist = `${fileURLToPath(new URL("..", import.meta.url))}dist`;
const r = builtin();

const PHONE = { width: 375, height: 812 };
const LAPTOP = { width: 1280, height: 800 };
const WIDTHS = [320, 375, 768, 1024, 1280, 1920];

let h: Harness;
beforeAll(async () => {
  h = await harness(dist);
});
afterAll(async () => {
  await h?.close();
});

async function open(
  hash: string,
  viewport: { width: number; height: number },
  lang: "en" | "de" = "en",
): Promise<Page> {
  const page = await h.newPage(viewport);
  await page.goto(`${h.url}#/`);
  await page.evaluate((l) => localStorage.setItem("korea-relations-lang", l), lang);
  await page.goto(`${h.url}${hash}`);
  await page.reload();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await page.locator("main h1").first().waitFor();
  return page;
}

/** Scrolls the window to `y` and waits for the next frame. */
const scrollTo = (page: Page, y: number) =>
  page.evaluate(
    (top) =>
      new Promise<number>((done) => {
        window.scrollTo(0, top);
        requestAnimationFrame(() => requestAnimationFrame(() => done(window.scrollY)));
      }),
    y,
  );

/**
 * Where `selector` is when it lies wholly in the window and is what a click
 * at its centre hits (nothing covers it); `null` otherwise.
 */
const clickable = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const rect = el.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    const inWindow =
      rect.width > 0 &&
      rect.top >= 0 &&
      rect.left >= 0 &&
      rect.bottom <= innerHeight &&
      rect.right <= innerWidth;
    const hit = document.elementFromPoint(x, y);
    return inWindow && hit !== null && el.contains(hit) ? { x, y } : null;
  }, selector);

/** The bottom edge of the header's part in view (0 when it is gone). */
const headerBottom = (page: Page) =>
  page.evaluate(() =>
    Math.max(0, document.querySelector(".top")?.getBoundingClientRect().bottom ?? 0),
  );

describe("the header while scrolling", () => {
  for (const lang of ["en", "de"] as const) {
    it(`keeps search and the language switch in view and clickable at ${WIDTHS.join(", ")} px (${lang})`, async () => {
      for (const width of WIDTHS) {
        const page = await open("#/country/KR", { width, height: width < 600 ? 812 : 800 }, lang);
        const at = `${lang} ${width}px`;
        expect(await scrollTo(page, 2500), at).toBeGreaterThan(2000);
        expect(await clickable(page, "button.lang"), `${at} language switch`).not.toBeNull();
        expect(await clickable(page, "#q"), `${at} search box`).not.toBeNull();
        // What stays is small: a bar of about one control's height, not the whole header.
        expect(await headerBottom(page), at).toBeLessThanOrEqual(64);
        // The navigation scrolls inside its row where it does not fit; the page never sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), at).toBe(width);
        // Typing mid-page searches.
        await page.locator("#q").fill("Kang");
        await page.locator(".search-results .results:not([aria-busy])").waitFor();
        await page.close();
      }
    }, 60_000);
  }

  it("on a phone the brand and the navigation scroll away and come back at the top", async () => {
    const page = await open("#/country/KR", PHONE);
    expect(await clickable(page, ".brand")).not.toBeNull();
    expect(await clickable(page, ".top nav a")).not.toBeNull();
    await scrollTo(page, 1500);
    expect(await clickable(page, ".brand")).toBeNull();
    expect(await clickable(page, ".top nav a")).toBeNull();
    await scrollTo(page, 0);
    expect(await clickable(page, ".brand")).not.toBeNull();
    await page.close();
  });
});

describe("the header's controls by keyboard", () => {
  for (const viewport of [PHONE, LAPTOP]) {
    it(`reaches search and the language switch mid-page without scrolling, at ${viewport.width}×${viewport.height}`, async () => {
      const page = await open("#/country/KR", viewport);
      // Focus on the content's first control, then the reader is far down the page.
      await page
        .locator("main :is(a[href], button, summary, input, select, [tabindex='0'])")
        .first()
        .focus();
      const y = await scrollTo(page, 3000);
      await page.keyboard.press("Shift+Tab");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("q");
      expect(await page.evaluate(() => scrollY)).toBe(y);
      await page.keyboard.press("Shift+Tab");
      expect(await page.evaluate(() => document.activeElement?.className)).toBe("lang");
      expect(await page.evaluate(() => scrollY)).toBe(y);
      await page.close();
    });
  }
});

describe("the language switch mid-page", () => {
  for (const viewport of [PHONE, LAPTOP]) {
    it(`keeps the section in view at ${viewport.width}×${viewport.height}`, async () => {
      const page = await open("#/country/KR", viewport);
      const headings = page.locator("main h2");
      expect(await headings.count()).toBeGreaterThan(5);
      const section = headings.nth(4);
      const english = await section.textContent();
      // The reader has scrolled to the section: its heading just below the bar.
      const bar = await headerBottom(page);
      await section.evaluate(
        (el, below) => window.scrollBy(0, el.getBoundingClientRect().top - below - 8),
        bar,
      );
      const top = await section.evaluate((el) => el.getBoundingClientRect().top);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
      // Clicked where it is, as a reader would: nothing scrolls it into view first.
      const button = await clickable(page, "button.lang");
      expect(button).not.toBeNull();
      await page.mouse.click(button?.x ?? 0, button?.y ?? 0);
      await page.waitForFunction(() => document.documentElement.lang === "de");
      await page.waitForFunction((text) => {
        const el = document.querySelectorAll("main h2")[4];
        return el !== undefined && el.textContent !== text;
      }, english);
      const after = await section.evaluate((el) => el.getBoundingClientRect().top);
      expect(Math.abs(after - top)).toBeLessThan(4);
      // And back, from where it is now.
      const again = await clickable(page, "button.lang");
      expect(again).not.toBeNull();
      await page.mouse.click(again?.x ?? 0, again?.y ?? 0);
      await page.waitForFunction(() => document.documentElement.lang === "en");
      expect(await section.textContent()).toBe(english);
      expect(
        Math.abs((await section.evaluate((el) => el.getBoundingClientRect().top)) - top),
      ).toBeLessThan(4);
      await page.close();
    });
  }

  it("keeps the passage in view on the source reader on a phone", async () => {
    const id = "dw-2023-05-24-germany-korea-military-secrets";
    const at = r.citations(id).at(-20)?.evidence.span?.[0];
    const page = await open(`#/source/${id}?at=${at}`, PHONE);
    const mark = page.locator("mark.target").first();
    await mark.waitFor();
    const top = await mark.evaluate((el) => el.getBoundingClientRect().top);
    const button = await clickable(page, "button.lang");
    expect(button).not.toBeNull();
    await page.mouse.click(button?.x ?? 0, button?.y ?? 0);
    await page.locator("#passages-heading", { hasText: "Zitierte Stellen" }).waitFor();
    await page.locator(".article-text mark.target").waitFor();
    expect(
      Math.abs((await mark.evaluate((el) => el.getBoundingClientRect().top)) - top),
    ).toBeLessThan(40);
    await page.close();
  });
});

describe("what the page moves to lands below the sticky bar", () => {
  for (const viewport of [PHONE, { width: 768, height: 1024 }, LAPTOP]) {
    const size = `${viewport.width}×${viewport.height}`;

    it(`focus moving up by keyboard at ${size}`, async () => {
      const page = await open("#/country/KR", viewport);
      // A link in the middle of the page and the control before it in tab order.
      const links = page.locator("main a");
      await links.nth(Math.floor((await links.count()) / 2)).focus();
      await page.keyboard.press("Shift+Tab");
      await page.evaluate(() => document.activeElement?.setAttribute("data-before", ""));
      await page.keyboard.press("Tab");
      // The control before sits where the bar would cover it; focus moves back onto it.
      const before = page.locator("[data-before]");
      await before.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 8));
      expect(await before.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(16);
      await page.keyboard.press("Shift+Tab");
      expect(await before.evaluate((el) => el === document.activeElement)).toBe(true);
      const rect = await before.evaluate((el) => el.getBoundingClientRect().toJSON());
      expect(rect.top).toBeGreaterThanOrEqual(await headerBottom(page));
      expect(rect.bottom).toBeLessThanOrEqual(viewport.height);
      await page.close();
    });

    it(`a brief's footnote and a cited passage at ${size}`, async () => {
      const page = await open("#/brief/KR/JP", viewport);
      for (const n of [0, 5, 12]) {
        await page.locator("main a.fn-ref").nth(n).click();
        const note = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return { id: el.id, top: el.getBoundingClientRect().top };
        });
        expect(note.id).toMatch(/^fn-\d+$/);
        expect(note.top).toBeGreaterThanOrEqual(await headerBottom(page));
      }
      // The footnote's excerpt opens its passage in the reader, in view below the bar.
      await page.locator("main .footnotes li a[href*='?at=']").first().focus();
      await page.keyboard.press("Enter");
      const mark = page.locator("mark.target").first();
      await mark.waitFor();
      const rect = await mark.evaluate((el) => el.getBoundingClientRect().toJSON());
      expect(rect.top).toBeGreaterThanOrEqual(await headerBottom(page));
      expect(rect.top).toBeLessThan(viewport.height);
      await page.close();
    });
  }
});
