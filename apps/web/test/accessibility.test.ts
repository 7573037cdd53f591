/**
 * Accessibility of the built page in Chromium: axe-core finds no violation
 * of any impact (target size and label-in-name included) on every kind of
 * page, in English and German, on a phone and a laptop; headings hold no
 * controls; targets are at least 24 × 24 px and text at least 12 px;
 * Escape closes a citation card; the timeline is one keyboard stop with
 * arrow keys between its marks and a visible label on focus and hover.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { builtin } from "@korea-relations/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness } from "./harness.js";
import { PAGES, VIEWPORTS } from "./pages.js";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
const r = builtin();

interface Axe {
  run(
    context: Document,
    options: object,
  ): Promise<{
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  }>;
}

/** What a page breaks of the checks below besides axe's, one line each. */
function pageProblems(): string[] {
  const problems: string[] = [];
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden";
  };
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").slice(0, 40)}"`;
  for (const el of document.querySelectorAll(
    "main :is(h1, h2, h3, h4) :is(button, a, input, select)",
  )) {
    problems.push(`control inside a heading: ${name(el)}`);
  }
  // Targets that are not links inside running text.
  for (const el of document.querySelectorAll(
    "button, select, input, .pin, a.mark, .browse a, .top nav a",
  )) {
    if (!visible(el)) continue;
    const box = el.getBoundingClientRect();
    // Sub-pixel layout may leave a 24 px target a hair smaller.
    if (box.width < 23.9 || box.height < 23.9) {
      problems.push(`target ${Math.round(box.width)}×${Math.round(box.height)}: ${name(el)}`);
    }
  }
  for (const el of document.querySelectorAll("body *")) {
    const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
    if (!text || !visible(el)) continue;
    const size = Number.parseFloat(getComputedStyle(el).fontSize);
    if (size < 12) problems.push(`text of ${size}px: ${name(el)}`);
  }
  return problems;
}

/** Moves the app to `hash` and waits until that page is drawn (not the one before). */
async function show(page: Page, hash: string): Promise<void> {
  await page.evaluate(() => document.querySelector("main h1")?.setAttribute("data-old", ""));
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.locator("main h1:not([data-old])").first().waitFor();
}

describe.each(["en", "de"])("in %s", (lang) => {
  // axe is injected as a script tag, which the page's CSP forbids: a separate profile ignores the CSP.
  const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
  let axe: Harness;
  let page: Page;
  beforeAll(async () => {
    axe = await harness(dist, { bypassCSP: true });
    page = await axe.newPage();
    await page.goto(`${axe.url}#/`);
    await page.evaluate((l) => localStorage.setItem("korea-relations-lang", l), lang);
    await page.reload();
    await page.locator("main h1").waitFor();
    // Injected once: moving between pages changes only the address, the document stays.
    await page.addScriptTag({ path: axePath });
  });
  afterAll(async () => {
    await axe.close();
  });

  // One test per page, both viewports in it, so that each stays well within its time.
  it.each(PAGES)(
    "%s: no axe-core violation of any impact, no control in a heading, 24 px targets, 12 px text",
    async (hash) => {
      const found: string[] = [];
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        // By way of another page, so that the page is drawn anew at this width.
        await show(page, "#/browse/topic");
        await show(page, hash);
        if (hash.startsWith("#/source/")) await page.locator(".article-text").waitFor();
        // Views drawn after the page (the barometer) are checked once drawn, table and list open.
        await page.waitForFunction(() => !document.querySelector("main [aria-busy]"));
        await page
          .locator("details.barometer-table summary")
          .first()
          .click({ timeout: 1000 })
          .catch(() => undefined);
        await page
          .locator("details.barometer-table button.count")
          .first()
          .click({ timeout: 1000 })
          .catch(() => undefined);
        // Open one citation card so its content is checked too.
        await page
          .locator(".cite-button")
          .first()
          .click({ timeout: 1000 })
          .catch(() => undefined);
        const violations = await page.evaluate(async () => {
          const { axe } = window as unknown as { axe: Axe };
          const { violations } = await axe.run(document, {
            // Off by default in axe 4: WCAG 2.2 target size and label in name.
            rules: {
              "target-size": { enabled: true },
              "label-content-name-mismatch": { enabled: true },
            },
          });
          return violations.map(
            (v) =>
              `${v.id} (${v.impact}) ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(" "))
                .join(", ")}`,
          );
        });
        const own = await page.evaluate(pageProblems);
        found.push(...[...violations, ...own].map((p) => `${viewport.width}px: ${p}`));
      }
      expect(found).toEqual([]);
    },
    120_000,
  );

  it("loaded every page without a console error or a failed request", () => {
    expect(axe.problems).toEqual([]);
  });
});

describe("keyboard", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(dist);
  });
  afterAll(async () => {
    await h?.close();
  });

  const active = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      return {
        tag: el?.tagName.toLowerCase(),
        cls: el?.getAttribute("class"),
        label: el?.getAttribute("aria-label"),
        x: el?.getBoundingClientRect().x ?? 0,
      };
    });

  it("Escape closes an open citation card and returns to its button", async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}#/event/2025-11-01-admm-plus-kuala-lumpur`);
    const button = page.locator(".cite-button").first();
    await button.click();
    const card = page.locator(".cite-card:visible");
    expect(await card.count()).toBe(1);
    await card.getByRole("link", { name: "Show in the source" }).focus();
    await page.keyboard.press("Escape");
    expect(await page.locator(".cite-card:visible").count()).toBe(0);
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it("reaches the timeline as one stop, moves with the arrow keys, shows the label, opens with Enter", async () => {
    const page = await h.newPage({ width: 375, height: 812 });
    await page.goto(`${h.url}#/timeline`);
    await page.locator("svg.timeline").waitFor();
    const marks = page.locator("svg.timeline a.mark");
    expect(await marks.count()).toBeGreaterThanOrEqual(r.dataset.events.length);
    expect(await page.locator('svg.timeline a.mark[tabindex="0"]').count()).toBe(1);
    const tip = page.locator(".tl-tip");
    expect(await tip.isVisible()).toBe(false);

    await page.locator("#tl-group").focus();
    await page.keyboard.press("Tab");
    const first = await active(page);
    expect(first.cls).toBe("mark");
    // The earliest event comes first.
    const earliest = r.dataset.events[0];
    expect(first.label).toContain(earliest?.title.en);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(first.label);

    await page.keyboard.press("ArrowRight");
    const second = await active(page);
    expect(second.cls).toBe("mark");
    expect(second.label).not.toBe(first.label);
    expect(second.x).toBeGreaterThanOrEqual(first.x - 8);
    expect(await tip.textContent()).toBe(second.label);
    await page.keyboard.press("End");
    await page.keyboard.press("Home");
    expect((await active(page)).label).toBe(first.label);
    await page.keyboard.press("ArrowDown");
    expect((await active(page)).cls).toBe("mark");

    // Tab leaves the chart; Shift+Tab comes back to the mark last visited.
    const last = (await active(page)).label;
    await page.keyboard.press("Tab");
    expect((await active(page)).cls).not.toBe("mark");
    expect(await tip.isVisible()).toBe(false);
    await page.keyboard.press("Shift+Tab");
    expect((await active(page)).label).toBe(last);

    await page.keyboard.press("Enter");
    await page.waitForURL(/#\/event\//);
    // The event's page loads as a chunk of its own: read its heading once it is drawn.
    await expect
      .poll(() => page.locator("main h1").textContent(), { timeout: 15_000 })
      .toBe(last?.split(": ").slice(1).join(": "));
    expect(h.problems).toEqual([]);
    await page.close();
  });

  it("shows a mark's label on hover", async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}#/timeline?country=KR`);
    const mark = page.locator("svg.timeline a.mark.about").first();
    await mark.hover();
    const tip = page.locator(".tl-tip");
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(await mark.getAttribute("aria-label"));
    expect(await tip.textContent()).toMatch(/\(about it\)$/);
    await page.mouse.move(0, 0);
    expect(await tip.isVisible()).toBe(false);
    await page.close();
  });
});
