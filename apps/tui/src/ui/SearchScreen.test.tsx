import { createRelations, type Relations } from "@korea-relations/core";
import { afterEach, describe, expect, it } from "vitest";
import { KEY } from "../../test/keys.js";
import { type Rendered, renderApp } from "../../test/renderApp.js";
import { RECORDS } from "../../test/testData.js";
import { lineText } from "./Line.js";
import { hitLine } from "./SearchScreen.js";

let ui: Rendered | undefined;
afterEach(() => ui?.unmount());

const selectedLine = (frame: string) =>
  frame.split("\n").find((line) => line.startsWith("›")) ?? "";

describe("SearchScreen", () => {
  it("starts empty, with examples of every spelling", () => {
    ui = renderApp();
    expect(ui.frame()).toContain("Search ›");
    expect(ui.frame()).toContain("Südkorea · Suedkorea · ROK");
  });

  it.each([
    ["Südkorea", /›country\s+South Korea/],
    ["Suedkorea", /›country\s+South Korea/],
    ["South Korea", /›country\s+South Korea/],
    ["ROK", /›country\s+South Korea/],
    ["Kyung-wha Kang", /›person\s+Kang Kyung-wha/],
    ["강경화", /›person\s+Kang Kyung-wha/],
    ["Strategischer Dialog", /›event\s+Strategic dialogue/],
  ])("finds %s in any language or spelling", async (query, first) => {
    ui = renderApp();
    await ui.type(query);
    expect(selectedLine(ui.frame())).toMatch(first);
  });

  it("shows kind, label and a line of context for each hit", async () => {
    ui = renderApp();
    await ui.type("Kang");
    expect(ui.frame()).toMatch(/person\s+Kang Kyung-wha {2}former Foreign Mini/);
    expect(ui.frame()).toMatch(/\d+ results?/);
  });

  it("moves the selection with ↑/↓ and Ctrl-N/Ctrl-P", async () => {
    ui = renderApp();
    await ui.type("Kang");
    const first = selectedLine(ui.frame());
    await ui.press(KEY.down);
    const second = selectedLine(ui.frame());
    expect(second).not.toBe(first);
    await ui.press(KEY.up);
    expect(selectedLine(ui.frame())).toBe(first);
    await ui.press(KEY.ctrlN);
    expect(selectedLine(ui.frame())).toBe(second);
    await ui.press(KEY.ctrlP);
    expect(selectedLine(ui.frame())).toBe(first);
  });

  it("opens the selected hit with Enter and comes back with Esc, query kept", async () => {
    ui = renderApp();
    await ui.type("Heiko");
    await ui.press(KEY.enter, (f) => f.includes("person · heiko-maas"));
    const back = await ui.press(KEY.escape, (f) => f.includes("Search › Heiko"));
    expect(selectedLine(back)).toMatch(/Heiko Maas/);
  });

  it("edits the query: Backspace, Ctrl-W, Ctrl-U, Esc", async () => {
    ui = renderApp();
    await ui.type("Kang Kyung");
    expect(await ui.press(KEY.backspace)).toContain("Search › Kang Kyun▏");
    expect(await ui.press(KEY.ctrlW)).toContain("Search › Kang ▏");
    expect(await ui.press(KEY.ctrlU)).toContain("Search › ▏");
    await ui.type("Maas");
    expect(await ui.press(KEY.escape)).toContain("Search › ▏");
    expect(ui.quit).not.toHaveBeenCalled();
  });

  it("edits the query like readline: ← →, Home/End, Ctrl-A/E, Alt-B/F, Ctrl-K, Delete", async () => {
    ui = renderApp();
    await ui.type("Kang Kyung");
    expect(await ui.press(KEY.left)).toContain("Search › Kang Kyun▏g");
    expect(await ui.press(KEY.ctrlA)).toContain("Search › ▏Kang Kyung");
    expect(await ui.press(KEY.right)).toContain("Search › K▏ang Kyung");
    expect(await ui.press(KEY.altF)).toContain("Search › Kang▏ Kyung");
    expect(await ui.press(KEY.end)).toContain("Search › Kang Kyung▏");
    expect(await ui.press(KEY.altB)).toContain("Search › Kang ▏Kyung");
    expect(await ui.press("x")).toContain("Search › Kang x▏Kyung");
    expect(await ui.press(KEY.deleteKey)).toContain("Search › Kang x▏yung");
    expect(await ui.press(KEY.ctrlK)).toContain("Search › Kang x▏");
    expect(await ui.press(KEY.home)).toContain("Search › ▏Kang x");
    expect(await ui.press(KEY.ctrlE)).toContain("Search › Kang x▏");
  });

  it("quits with Esc on an empty query, and says Esc quits there", async () => {
    ui = renderApp();
    await ui.type("K");
    expect(ui.frame().split("\n").at(-1)).toContain("esc clear");
    const empty = await ui.press(KEY.escape, (f) => f.includes("Search › ▏"));
    expect(empty.split("\n").at(-1)).toContain("esc quit");
    expect(ui.quit).not.toHaveBeenCalled();
    await ui.press(KEY.escape, () => ui?.quit.mock.calls.length === 1);
  });

  it("pages through all the results, not only the first ones", async () => {
    // The fixture and 150 topics named alike: more results than a page of core's search.
    const topics = Array.from({ length: 150 }, (_, i) => ({
      type: "topic" as const,
      id: `zebra-topic-${i}`,
      label: { en: `Zebra topic ${i}`, de: `Zebra-Thema ${i}` },
      aliases: [],
      basis: "external" as const,
      reason: { en: "A test topic.", de: "Ein Testthema." },
    }));
    const relations = createRelations([...RECORDS, ...topics]) as unknown as Relations;
    ui = renderApp({ relations, rows: 12 });
    const query = "Zebra topic";
    const { total } = relations.search(query, { limit: 1 });
    expect(total).toBeGreaterThan(12);
    await ui.type(query);
    expect(ui.frame()).toContain(`${total} results · 1 of ${total}`);
    await ui.press(KEY.tab);
    const last = await ui.press("G", (f) => f.includes(`${total} of ${total}`));
    const lastHit = relations.search(query, { offset: total - 1, limit: 1 }).hits[0];
    expect(lastHit).toBeDefined();
    expect(last.split("\n").find((l) => l.startsWith("›"))).toContain(lastHit?.label.slice(0, 10));
    expect(last).toMatch(/↑ \d+ more/);
  });

  it("types letters that are commands elsewhere", async () => {
    ui = renderApp();
    await ui.type("qtes");
    expect(ui.frame()).toContain("Search › qtes");
    expect(ui.quit).not.toHaveBeenCalled();
  });

  it("moves to the results with Tab, where letters are commands", async () => {
    ui = renderApp();
    await ui.type("Maas");
    await ui.press(KEY.tab, (f) => f.includes("e evidence"));
    await ui.press("/", (f) => f.includes("Search › Maas▏"));
    await ui.press(KEY.tab, (f) => f.includes("e evidence"));
    await ui.press("q", () => ui?.quit.mock.calls.length === 1);
  });

  it("previews the selected hit when wide, and opens a row of the preview", async () => {
    ui = renderApp({ columns: 120 });
    await ui.type("Kyung-wha Kang");
    expect(ui.frame()).toContain("Offices over time");
    await ui.press(KEY.tab);
    await ui.press(KEY.tab, (f) => f.includes("▶ Kang Kyung-wha"));
    await ui.press(KEY.down);
    const opened = await ui.press(KEY.enter, (f) => f.includes("country · KR"));
    expect(opened).toContain("Partners");
  });

  it("shows one pane when narrow", async () => {
    ui = renderApp({ columns: 80, rows: 24 });
    await ui.type("Kang");
    expect(ui.frame()).not.toContain("Offices over time");
    expect(ui.frame()).not.toContain("│");
  });

  it("opens the evidence (e) and the timeline (t) of the selected hit", async () => {
    ui = renderApp();
    await ui.type("Tokyo summit");
    await ui.press(KEY.tab, (f) => f.includes("e evidence"));
    const evidence = await ui.press("e", (f) => f.includes("Evidence for Tokyo summit"));
    expect(evidence).toContain("“Gipfeltreffen in Tokio”");
    await ui.press(KEY.escape, (f) => f.includes("Search ›"));
    const timeline = await ui.press("t", (f) => f.includes("Timeline: Japan – South Korea"));
    expect(timeline).toContain("Tokyo summit");
  });

  it("says so when nothing matches", async () => {
    ui = renderApp();
    await ui.type("zzzzqqq");
    expect(ui.frame()).toContain("No results for “zzzzqqq”.");
    expect(await ui.press(KEY.enter, (f) => f.includes("Type to search first"))).toBeTruthy();
  });

  it.each([
    ["control characters", "\u0001\u0002\u0007\u001b[2J\u001b]0;x\u0007\u0000abc"],
    ["emoji", "🇰🇷🇩🇪 👩‍👩‍👧 Korea 🙂"],
    ["a pasted 10,000-character string", "Südkorea ".repeat(1112).slice(0, 10_000)],
    ["right-to-left and combining text", "كوريا e\u0301\u0301\u0301 ﷽"],
  ])("survives %s in the search box", async (_, input) => {
    ui = renderApp({ columns: 80, rows: 24 });
    const frame = await ui.press(input);
    expect(frame).toContain("Search ›");
    expect(frame).toMatch(/F1 help$/m);
    for (const line of frame.split("\n")) expect(line).not.toContain("\u001b[2J");
    expect(frame.split("\n").length).toBeLessThanOrEqual(24);
    await ui.press(KEY.ctrlU, (f) => f.includes("Search › ▏"));
  });

  it("marks the characters of a label that matched (core's ranges)", () => {
    const line = hitLine(
      {
        type: "person",
        id: "kang-kyung-wha",
        label: "Kang Kyung-wha",
        tier: "words",
        field: "name",
        text: "Kang Kyung-wha",
        score: 1,
        ranges: [
          [0, 4],
          [5, 10],
        ],
        detail: "South Korean Foreign Minister",
      },
      80,
      false,
      false,
    );
    expect(lineText(line)).toContain("Kang Kyung-wha  South Korean Foreign Minister");
    expect(line.filter((s) => s.underline).map((s) => s.text)).toEqual(["Kang", "Kyung"]);
    const plain = hitLine(
      {
        type: "country",
        id: "KR",
        label: "South Korea",
        tier: "fuzzy",
        field: "name",
        text: "South Korea",
        score: 0.5,
        ranges: [],
        detail: "",
      },
      80,
      false,
      false,
    );
    expect(plain.some((s) => s.underline)).toBe(false);
  });

  it("names the field a hit matched in and writes a matched date in words, in the language asked for", () => {
    const hit = {
      type: "event",
      id: "2020-08-10-de-kr-strategic-dialogue",
      label: "Strategic dialogue",
      tier: "words",
      field: "date",
      text: "2020-08-10",
      score: 0.7,
      ranges: [[0, 10]],
      detail: "",
    } as const;
    const en = hitLine(hit, 100, false, false);
    expect(lineText(en)).toContain("Strategic dialogue  Date: 10 August 2020");
    expect(en.filter((s) => s.underline).map((s) => s.text)).toEqual(["10 August 2020"]);
    expect(lineText(hitLine(hit, 100, false, false, "de"))).toContain("Datum: 10. August 2020");
    const linked = hitLine(
      { ...hit, field: "participants", text: "Heiko Maas", ranges: [[6, 10]] },
      100,
      false,
      false,
      "de",
    );
    expect(lineText(linked)).toContain("Teilnehmende: Heiko Maas");
  });
});
