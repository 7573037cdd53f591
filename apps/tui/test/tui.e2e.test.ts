/**
 * The real binary in a real terminal: tmux runs it, send-keys types,
 * capture-pane reads the screen. Over the built-in dataset.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { displayWidth } from "../src/text/truncate.js";
import { COLOUR, INVERSE } from "./ansi.js";
import { ensureBuilt } from "./binary.js";
import { HAS_TMUX, header, screenLines, selected, startBinary } from "./tmux.js";

beforeAll(ensureBuilt, 120_000);

describe("korea-relations in a terminal (tmux)", () => {
  it("has tmux to drive the terminal", () => {
    // No silent skip: without tmux these tests fail and say how to get it.
    expect(
      HAS_TMUX,
      "tmux is missing: install it (e.g. apt-get install tmux) or run `node scripts/system-deps.mjs`",
    ).toBe(true);
  });

  it("searches in German and English, opens a result and its evidence, goes back, opens the timeline, resizes and quits", async () => {
    const t = startBinary([], 100, 30);
    await t.waitFor((s) => s.includes("Search ›") && s.includes("F1 help"));

    // A German query.
    t.type("Südkorea");
    let screen = await t.waitFor((s) => /^›country +South Korea/.test(selected(s)));
    expect(screen).toContain("Search › Südkorea");

    // An English query, in another spelling.
    t.keys("C-u");
    await t.waitFor((s) => s.includes("Search › ▏"));
    t.type("Kyung-wha Kang");
    screen = await t.waitFor((s) => /^›person +Kang Kyung-wha/.test(selected(s)));

    // Open it.
    t.keys("Enter");
    screen = await t.waitFor(
      (s) => header(s).includes("› Kang Kyung-wha") && s.includes("Offices over time"),
    );
    expect(screen).toContain("person · kang-kyung-wha");

    // The evidence of a fact further down, then e.
    for (let i = 0; i < 6; i++) t.keys("Down");
    t.keys("e");
    screen = await t.waitFor((s) => header(s).includes("› Evidence:") && /1\. “/.test(s));
    expect(screen).toContain("— ");
    expect(screen).toMatch(/\((stated|inferred|external)\) · (en|de)/);

    // Back.
    t.keys("Escape");
    screen = await t.waitFor((s) => /› Kang Kyung-wha +EN$/.test(header(s)));

    // The timeline of her country.
    t.keys("t");
    screen = await t.waitFor((s) => s.includes("Timeline: South Korea ·"));
    expect(screen).toContain("Events per year");
    expect(screen).toMatch(/^20\d\d · \d+ events?/m);

    // Narrow: one pane, a sparkline instead of the chart, nothing wider than the terminal.
    t.resize(60, 20);
    screen = await t.waitFor((s) => s.includes("events per year") && screenLines(s).length === 20);
    for (const line of screenLines(screen)) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(screen).not.toContain("│");

    // Wide: two panes again.
    t.resize(200, 50);
    // (A frame is complete once its footer is drawn: a busy machine may show one half drawn.)
    screen = await t.waitFor(
      (s) =>
        s.includes("Events per year") &&
        screenLines(s).length === 50 &&
        /\? help$/.test(screenLines(s).at(-1) ?? ""),
    );
    for (const line of screenLines(screen)) expect(displayWidth(line)).toBeLessThanOrEqual(200);
    expect(screenLines(screen).at(-1)).toMatch(/\? help$/);

    // Quit: the shell is back, the screen restored.
    t.keys("q");
    screen = await t.waitFor((s) => s.includes("EXITED:0"));
    expect(screen).not.toContain("korea-relations ›");
  });

  it("quits with Ctrl-C from the search box", async () => {
    const t = startBinary([], 80, 24);
    await t.waitFor((s) => s.includes("Search ›"));
    t.type("q");
    await t.waitFor((s) => s.includes("Search › q"));
    t.keys("C-c");
    await t.waitFor((s) => s.includes("EXITED:0"));
  });

  it("never crashes on control characters, emoji or a pasted 10,000-character string", async () => {
    const t = startBinary([], 80, 24);
    await t.waitFor((s) => s.includes("Search ›"));
    t.keys("C-a", "C-b", "C-d", "C-g", "C-v", "C-x");
    t.type("🇰🇷👩‍👩‍👧🙂 ");
    await t.waitFor((s) => s.includes("🙂"));
    t.keys("C-u");
    t.paste("Südkorea ".repeat(1200).slice(0, 10_000));
    let screen = await t.waitFor((s) => /Search › .*Südkorea/.test(s));
    expect(screen).toContain("F1 help");
    t.keys("C-u");
    t.type("Südkorea");
    screen = await t.waitFor((s) => /^›country +South Korea/.test(selected(s)));
    for (const line of screenLines(screen)) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    t.keys("C-c");
    await t.waitFor((s) => s.includes("EXITED:0"));
  });

  it("shows every key in the ? overlay and works at 80×24", async () => {
    const t = startBinary([], 80, 24);
    await t.waitFor((s) => s.includes("Search ›"));
    t.keys("Tab", "?");
    const screen = await t.waitFor((s) => s.includes("Keys ("));
    expect(screen).toContain("Search box");
    expect(screen).toMatch(/↓ \d+ more/);
    expect(screenLines(screen)).toHaveLength(24);
    t.keys("PageDown", "PageDown", "PageDown", "PageDown", "PageDown");
    await t.waitFor((s) => s.includes("Everywhere") && !/↓ \d+ more/.test(s));
    t.keys("Escape");
    await t.waitFor((s) => s.includes("Search ›"));
  });

  it("draws colours, and none with NO_COLOR (bold and inverse stay)", async () => {
    const t = startBinary([], 100, 30);
    await t.waitFor((s) => s.includes("Search ›"));
    t.type("Kang");
    await t.waitFor((s) => /^›/m.test(s));
    expect(t.screen(true)).toMatch(COLOUR);
    t.kill();

    const plain = startBinary([], 100, 30, "NO_COLOR=1");
    await plain.waitFor((s) => s.includes("Search ›"));
    plain.type("Kang");
    await plain.waitFor((s) => /^›/m.test(s));
    const escapes = plain.screen(true);
    expect(escapes).not.toMatch(COLOUR);
    expect(escapes).toMatch(INVERSE);
  });
});
