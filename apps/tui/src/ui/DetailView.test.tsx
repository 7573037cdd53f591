import { builtin } from "@korea-relations/core";
import { afterEach, describe, expect, it } from "vitest";
import { KEY } from "../../test/keys.js";
import { type Rendered, renderApp } from "../../test/renderApp.js";
import { fixtureRelations } from "../../test/testData.js";

let ui: Rendered | undefined;
afterEach(() => ui?.unmount());

/** Searches for `query` and opens the first hit. */
async function open(query: string, expected: string, columns = 100, rows = 30) {
  ui = renderApp({ columns, rows });
  await ui.type(query);
  // The breadcrumb shows the record once it is open (the search preview shows it too).
  return ui.press(
    KEY.enter,
    (f) => (f.split("\n")[0] ?? "").includes("” › ") && f.includes(expected),
  );
}

const lineWith = (frame: string, text: string) =>
  frame.split("\n").find((l) => l.includes(text)) ?? "";

describe("DetailView", () => {
  it("shows a person's offices as officesOf returns them, then events", async () => {
    const frame = await open("Kyung-wha Kang", "person · kang-kyung-wha");
    const titles = fixtureRelations()
      .officesOf("kang-kyung-wha")
      .map((o) => o.label.en);
    const positions = titles.map((title) => frame.indexOf(`→ ${title}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(frame.indexOf("Offices over time")).toBeLessThan(frame.indexOf("Events"));
  });

  it("shows a country's partners as bars, its timeline and office holders", async () => {
    const frame = await open("Südkorea", "country · KR", 120, 40);
    expect(lineWith(frame, "Germany")).toMatch(/→ █+ +3 · 2020 – 10 Aug 2020/);
    expect(frame).toContain("Events as a party");
    expect(frame).toContain("Office holders");
    expect(frame).toContain("Kang Kyung-wha — Foreign Minister of South Korea");
  });

  it("shows an event's date basis, place, participants with their offices and codes", async () => {
    const frame = await open("Tokyo summit", "event · summit", 120, 40);
    expect(frame).toContain("23–24 Aug 2025 · external: Public record.");
    expect(frame).toContain("→ Tokyo · stated");
    expect(frame).toContain("Ishiba Shigeru — Prime Minister of Japan (former)");
    expect(frame).toContain("CONSULT · visit");
    expect(frame).toMatch(/CAMEO\s+04 · /);
    expect(frame).toContain("→ Joint declaration");
    expect(frame).toContain("Da wir Nachbarn sind");
  });

  it("shows an agreement's parties, value and items", async () => {
    const frame = await open("FA050", "agreement · arms-contract", 120, 40);
    expect(frame).toContain("approx. €15 billion");
    expect(frame).toContain("approx. $16.2 billion");
    expect(frame).toContain("48 × FA-50 fighter jet (also: FA050)");
    expect(frame).toContain("→ France");
  });

  it("shows a quote in its original language with speaker, date and event", async () => {
    const frame = await open("schwierige Fragen", "quote · ishiba-neighbours", 120, 40);
    expect(frame).toContain("Quote (de, translated)");
    const left = frame
      .split("\n")
      .map((line) => line.split("│")[0])
      .join("\n");
    expect(left).toMatch(/“Da wir Nachbarn sind, gibt es schwierige Fragen zwischen\s+uns\.”/);
    expect(frame).toMatch(/speaker\s+→ Ishiba Shigeru/);
    expect(frame).toMatch(/event\s+→ Tokyo summit/);
  });

  it("opens linked records with Enter and goes back with Esc and Backspace", async () => {
    await open("Kyung-wha Kang", "person · kang-kyung-wha");
    const u = ui as Rendered;
    await u.press(KEY.down, (f) => /›nationality/.test(f));
    await u.press(KEY.enter, (f) => f.includes("country · KR"));
    expect(u.frame()).toContain("Search “Kyung-wha Kang” › Kang Kyung-wha › South Korea");
    await u.press(KEY.down);
    await u.press(KEY.backspace, (f) => f.includes("person · kang-kyung-wha"));
    // The cursor is where it was.
    expect(u.frame()).toMatch(/›nationality/);
    await u.press(KEY.escape, (f) => f.includes("Search › Kyung-wha Kang"));
  });

  it("says so when Enter is pressed on a fact that links nowhere", async () => {
    await open("Kyung-wha Kang", "person · kang-kyung-wha");
    const frame = await (ui as Rendered).press(KEY.enter, (f) =>
      f.includes("Nothing to open here"),
    );
    expect(frame).toContain("! Nothing to open here; e shows the evidence.");
  });

  it("shows the selected row's evidence beside it, and in full with e", async () => {
    await open("Kyung-wha Kang", "person · kang-kyung-wha", 120, 30);
    const u = ui as Rendered;
    await u.press(KEY.down);
    await u.press(KEY.down);
    await u.press(KEY.down);
    const frame = await u.press(KEY.down, (f) => f.includes("“a diplomat”"));
    expect(frame).toContain("Evidence: 2 excerpts");
    const evidence = await u.press("e", (f) => f.includes("Evidence for Kang Kyung-wha: Diplomat"));
    expect(evidence).toContain("— Alpha report · 10 Aug 2020 (stated) · en · src-a");
  });

  it("shows each date an office is seen once, with its roles' names, the row opening its excerpts", async () => {
    ui = renderApp({ relations: builtin(), columns: 140, rows: 40 });
    const u = ui;
    await u.type("lee-jae-myung-head-of-state-2025");
    const frame = await u.press(
      KEY.enter,
      (f) => (f.split("\n")[0] ?? "").includes("” › ") && f.includes("office · head of state"),
    );
    expect(frame).toContain("office · head of state, head of government");
    expect(frame).toMatch(/ roles +head of state, head of government/);
    const seen = frame.match(/seen +[^·]+·/g) ?? [];
    expect(seen.map((row) => row.replace(/ +/g, " "))).toEqual([
      "seen 23 Aug 2025 ·",
      "seen 1 Nov 2025 ·",
    ]);
    let selected = frame;
    for (let i = 0; i < 12 && !/›seen +1 Nov 2025/.test(selected); i++)
      selected = await u.press(KEY.down);
    expect(selected).toMatch(/›seen +1 Nov 2025/);
    // The excerpts that show him in office then, and how the date is known.
    expect(selected).toContain("Evidence: 2 excerpts");
    expect(selected).toContain("den Präsidenten Lee Jae-myung und Xi Jinping");
  });

  it("moves to the evidence pane with Tab and opens the reader there", async () => {
    await open("Kyung-wha Kang", "person · kang-kyung-wha", 120, 30);
    const u = ui as Rendered;
    for (let i = 0; i < 5; i++) await u.press(KEY.down);
    await u.press(KEY.tab, (f) => f.includes("▶ Evidence"));
    const reader = await u.press(KEY.enter, (f) => f.includes("Reader: Alpha report"));
    expect(reader).toContain("▶ ");
    expect(reader).toMatch(/passage \d+\/\d+/);
  });

  it("shows only the focused pane when narrow, Tab switching", async () => {
    await open("Tokyo summit", "event · summit", 80, 24);
    const u = ui as Rendered;
    expect(u.frame()).not.toContain("Evidence:");
    const evidence = await u.press(KEY.tab, (f) => f.includes("▶ Evidence"));
    expect(evidence).not.toContain("Facts");
    await u.press(KEY.tab, (f) => f.includes("Facts"));
  });

  it("opens the timeline of an event's pair of countries with t", async () => {
    await open("Tokyo summit", "event · summit");
    const frame = await (ui as Rendered).press("t", (f) =>
      f.includes("Timeline: Japan – South Korea"),
    );
    expect(frame).toContain("pair: South Korea (p)");
  });

  it("opens the pair's timeline with t on a partner row", async () => {
    await open("Südkorea", "country · KR", 120, 40);
    const u = ui as Rendered;
    await u.press("/", (f) => f.includes("of "));
    await u.type("Japan");
    await u.press(KEY.enter, (f) => !f.includes("Japan▏"));
    const frame = await u.press("t", (f) => f.includes("Timeline: South Korea – Japan"));
    expect(frame).toContain("pair: Japan (p)");
  });

  it("filters its rows with /, keeping the sections that keep one", async () => {
    await open("Südkorea", "country · KR", 120, 40);
    const u = ui as Rendered;
    const typing = await u.press("/", (f) => /\/ \d+ of \d+ › ▏/.test(f));
    expect(typing.split("\n").at(-1)).toMatch(/esc clear/);
    const filtered = await u.type("kang");
    expect(filtered).toMatch(/\/ 3 of \d+ › kang▏/);
    expect(filtered).toContain("Office holders");
    expect(filtered).not.toContain("Partners");
    const kept = await u.press(KEY.enter, (f) => !f.includes("kang▏"));
    expect(kept).toMatch(/›.*Kang Kyung-wha/);
    const cleared = await u.press(KEY.escape, (f) => !f.includes("3 of "));
    expect(cleared).toContain("Partners");
  });

  it("moves with j, k, g and G", async () => {
    await open("Kyung-wha Kang", "person · kang-kyung-wha");
    const u = ui as Rendered;
    await u.press("j", (f) => /›nationality/.test(f));
    await u.press("G", (f) => /›10 Aug 2020 → Alpha report/.test(f));
    await u.press("k");
    await u.press("g", (f) => /›native/.test(f));
  });
});
