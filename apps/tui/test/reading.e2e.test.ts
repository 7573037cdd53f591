/**
 * The real binary in tmux reading the built-in articles: the clean reading
 * text (no line-wrap markup, quote or heading marks, link marks, navigation
 * on any screen of an article), the evidence of a caption with its page
 * position and its passage highlighted in the clean text, and the reason of
 * a fact in German after `l`.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./binary.js";
import { HAS_TMUX, screenLines, selected, startBinary, styledText } from "./tmux.js";

beforeAll(ensureBuilt, 120_000);

/** What a scraped article shows and its reading text must not. */
const REMNANTS = /\| \||^[ ┃▶] (?:> |#+ )|\[\d+\]|Skip to content/m;
/** The reader's text column (left of the pane divider). */
const textColumn = (screen: string) =>
  screenLines(screen)
    .map((line) => line.split("│")[0] ?? "")
    .join("\n");

describe("reading the articles (tmux)", () => {
  it("has tmux to drive the terminal", () => {
    expect(HAS_TMUX, "tmux is missing: run `node scripts/system-deps.mjs`").toBe(true);
  });

  it.each(["taz", "DW"])(
    "shows the %s article without a scrape remnant on any screen",
    async (publisher) => {
      const t = startBinary([], 120, 30);
      await t.waitFor((s) => s.includes("Search ›"));
      t.keys("Tab");
      let screen = await t.waitFor((s) => s.includes("tab pane") || s.includes("s sources"));
      t.keys("s");
      screen = await t.waitFor((s) => s.includes("Sources:"));
      for (let i = 0; i < 6 && !selected(screen).includes(publisher); i++) {
        const before = selected(screen);
        t.keys("j");
        screen = await t.waitFor((s) => selected(s) !== before);
      }
      expect(selected(screen)).toContain(publisher);
      t.keys("Enter");
      screen = await t.waitFor((s) => /lines 1–\d+ of \d+/.test(s));
      const total = Number(/lines 1–\d+ of (\d+)/.exec(screen)?.[1]);
      const screens = [screen];
      // Page to the end: every line of the article passes the screen once.
      while (!new RegExp(`lines \\d+–${total} of ${total}`).test(screen)) {
        const before = /lines (\d+)–/.exec(screen)?.[1];
        t.keys("PageDown");
        screen = await t.waitFor((s) => /lines (\d+)–/.exec(s)?.[1] !== before);
        screens.push(screen);
      }
      expect(screens.length).toBeGreaterThan(1);
      for (const s of screens) expect(textColumn(s)).not.toMatch(REMNANTS);
    },
    60_000,
  );

  it("shows a caption's evidence as a caption, highlighted in the clean text; l gives the reason in German", async () => {
    const t = startBinary(["South Korean military drill with a German"], 120, 30);
    await t.waitFor((s) => /^›event +South Korean military drill/m.test(s));
    t.keys("Tab");
    await t.waitFor((s) => s.includes("e evidence"));
    t.keys("e");
    let screen = await t.waitFor((s) => s.includes("In context"));
    expect(screen).toMatch(/— caption · DW/);
    expect(screen).not.toMatch(REMNANTS);
    // The passage is highlighted (inverse) beside the card, in the reading text.
    const highlighted = screenLines(t.screen(true))
      .map((line) => styledText(line.split("│")[1] ?? "", "7", "27"))
      .join(" ")
      .replace(/\s+/g, " ");
    expect(highlighted).toContain("German-made Taurus missile shown in flight during South");
    // Enter reads the article there: the passage current, named a caption.
    t.keys("Enter");
    screen = await t.waitFor((s) => s.includes("Reader:"));
    expect(screen).toMatch(/passage \d+\/\d+ \(caption\)/);
    expect(screen).toMatch(/^▶ German-made Taurus missile shown in flight/m);
    // Back to the event: its date is known from outside the caption, with a reason; l: in German.
    t.keys("Escape");
    await t.waitFor((s) => s.includes("In context") && !s.includes("Reader:"));
    t.keys("Escape");
    await t.waitFor((s) => /^›event +South Korean military drill/m.test(s));
    t.keys("Enter");
    await t.waitFor((s) => /›date /.test(s));
    t.keys("e");
    screen = await t.waitFor((s) => s.includes("Evidence for") && s.includes("external:"));
    expect(screen).toContain("The caption gives no date");
    t.keys("l");
    screen = await t.waitFor((s) => s.includes("Die Bildunterschrift nennt kein Datum"));
    expect(screen).not.toContain("The caption gives no date");
  }, 60_000);
});
