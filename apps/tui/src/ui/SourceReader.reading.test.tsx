/**
 * The reader and the evidence view over the built-in dataset and its
 * articles: the clean reading text (no scrape remnants), evidence placed in
 * it through core's span map with its page position, reasons and position
 * words in the UI's language; the raw text where no reading text fits.
 */
import { builtin, type Relations } from "@korea-relations/core";
import { afterEach, describe, expect, it } from "vitest";
import { KEY } from "../../test/keys.js";
import { type Rendered, renderApp } from "../../test/renderApp.js";
import { localSourceText } from "../localSourceTexts.js";

const relations = builtin() as unknown as Relations;
/** What a scraped article shows and its reading text must not: line-wrap markup, quote and heading marks, link marks, navigation. */
const REMNANTS = /\| \||^[ ┃▶] (?:> |#+ )|\[\d+\]|Skip to content/m;
/** The text column of the reader (left of the pane divider). */
const textColumn = (frame: string) =>
  frame
    .split("\n")
    .map((line) => line.split("│")[0] ?? "")
    .join("\n");

let ui: Rendered | undefined;
afterEach(() => ui?.unmount());

function app(options: Parameters<typeof renderApp>[0] = {}) {
  ui = renderApp({ relations, sourceText: localSourceText, columns: 120, rows: 30, ...options });
  return ui;
}

/** Opens the reader on the source whose row in the sources list contains `publisher`. */
async function openSource(u: Rendered, publisher: string) {
  await u.type("x");
  await u.press(KEY.tab);
  let frame = await u.press("s", (f) => f.includes("Sources:"));
  for (
    let i = 0;
    i < 6 && !(frame.split("\n").find((l) => l.startsWith("›")) ?? "").includes(publisher);
    i++
  )
    frame = await u.press("j");
  return u.press(KEY.enter, (f) => f.includes("Reader:"));
}

/** Every screen of the open article, paging down to its end. */
async function everyScreen(u: Rendered): Promise<string[]> {
  const screens = [u.frame()];
  for (let i = 0; i < 40; i++) {
    const next = await u.press(KEY.pageDown);
    if (next === screens.at(-1)) break;
    screens.push(next);
  }
  return screens;
}

describe("the reader over the built-in articles", () => {
  it.each(["taz", "DW", "Federal Foreign Office"])(
    "shows the %s article's clean reading text, no remnant on any screen",
    async (publisher) => {
      const u = app();
      await openSource(u, publisher);
      const screens = await everyScreen(u);
      expect(screens.length).toBeGreaterThan(1);
      for (const screen of screens) expect(textColumn(screen)).not.toMatch(REMNANTS);
      expect(screens.at(-1)).toMatch(/passage 1\/\d+/);
    },
  );

  it("falls back to the raw article where no reading text fits it (--data)", async () => {
    const u = app({ readingText: () => undefined });
    await openSource(u, "taz");
    const screens = await everyScreen(u);
    expect(screens.some((screen) => REMNANTS.test(textColumn(screen)))).toBe(true);
  });

  it("names the page position of the current passage", async () => {
    const u = app();
    const frame = await openSource(u, "DW");
    expect(frame).toMatch(/passage 1\/\d+ \(tag\)/);
  });
});

describe("the evidence of a caption fact", () => {
  async function drillEvidence(lang: "en" | "de" = "en") {
    const u = app({ query: "South Korean military drill with a German", lang });
    await u.waitFor(
      (f) => /^›event +South Korean military drill/m.test(f) || /^›event +Südkoreanische/m.test(f),
    );
    await u.press(KEY.tab);
    return u.press("e", (f) => f.includes("In context"));
  }

  it("names the caption and highlights the passage in the clean text", async () => {
    const frame = await drillEvidence();
    const caption =
      "German-made Taurus missile shown in flight during South Korean millitary drills";
    expect(frame).toMatch(/— caption · DW/);
    // The context beside the cards: the caption marked ▶, the reading text around it.
    const context = frame
      .split("\n")
      .map((line) => (line.split("│")[1] ?? "").trim())
      .filter((line) => line.startsWith("▶ "))
      .map((line) => line.slice(2).trim())
      .join(" ");
    expect(context).toContain(caption);
    expect(frame).not.toMatch(REMNANTS);
    // Enter opens the reader at that passage, in the clean text.
    const reader = await (ui as Rendered).press(KEY.enter, (f) => f.includes("Reader:"));
    expect(reader).toMatch(/passage \d+\/\d+ \(caption\)/);
    expect(reader).toMatch(/▶ German-made Taurus missile shown in flight/);
  });

  it("says Bildunterschrift, and gives the date's reason in German, with l", async () => {
    const u = app({ query: "South Korean military drill with a German" });
    await u.waitFor((f) => /^›event +South Korean military drill/m.test(f));
    await u.press(KEY.tab);
    await u.press(KEY.enter, (f) => /›date /.test(f));
    const en = await u.press("e", (f) => f.includes("Evidence for"));
    expect(en).toContain("external: The caption gives no date");
    const de = await u.press("l", (f) => f.includes("external: Die Bildunterschrift nennt kein"));
    expect(de).not.toContain("The caption gives no date");
    // The event's excerpts: the caption card says where it stands, in German.
    await u.press(KEY.escape, (f) => /›date /.test(f));
    await u.press(KEY.escape, (f) => /^›event +Südkoreanische Militärübung/m.test(f));
    const cards = await u.press("e", (f) => f.includes("In context"));
    expect(cards).toMatch(/— Bildunterschrift · DW/);
    expect(cards).not.toMatch(/— caption · /);
  });
});
