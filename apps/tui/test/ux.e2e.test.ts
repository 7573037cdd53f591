/**
 * The real binary in tmux, over the built-in dataset (the same core the
 * binary bundles): the focus model (typing edits the query with readline
 * keys, the lists take commands), starting with a query, every result and
 * the characters that matched, j/k/g/G, `/` in lists and in the reader,
 * copying an id, dates in words, the year chart, the timeline's pickers and
 * pair, sources by date, scroll cues, a terminal too small, the evidence of
 * a fact known from outside the sources.
 */
import {
  builtin,
  eventKindName,
  type Office,
  type Relations,
  roleName,
} from "@korea-relations/core";
import { beforeAll, describe, expect, it } from "vitest";
import { dateText } from "../src/details/dateText.js";
import { displayWidth } from "../src/text/truncate.js";
import { ensureBuilt } from "./binary.js";
import {
  footer,
  HAS_TMUX,
  header,
  screenLines,
  selected,
  startBinary,
  styledText,
} from "./tmux.js";

beforeAll(ensureBuilt, 120_000);

const relations = builtin() as unknown as Relations;

const searchBox = (screen: string) =>
  screenLines(screen).find((l) => l.startsWith("Search › ")) ?? "";

describe("the focus model (tmux)", () => {
  it("has tmux to drive the terminal", () => {
    expect(HAS_TMUX, "tmux is missing: run `node scripts/system-deps.mjs`").toBe(true);
  });

  it.each([
    [["Kang"], "Kang"],
    [["-q", "Kang"], "Kang"],
    [["Kyung-wha", "Kang"], "Kyung-wha Kang"],
  ])("starts with a query: korea-relations %j", async (args, query) => {
    const t = startBinary(args);
    const screen = await t.waitFor((s) => /^›person +Kang Kyung-wha/m.test(s));
    expect(searchBox(screen)).toContain(`Search › ${query}▏`);
  });

  it("types every letter in the search box, where the footer shows only what works there", async () => {
    const t = startBinary([], 120, 40);
    let screen = await t.waitFor((s) => footer(s).includes("F1 help"));
    // The intro is wrapped, never cut.
    const left = screenLines(screen)
      .map((l) => (l.split("│")[0] ?? "").trim())
      .join(" ");
    expect(left).toContain("Type a name, place, topic or words of a quote — English or German.");
    expect(footer(screen)).toMatch(/^type search .*esc quit .*\^C quit {2}F1 help$/);
    for (const command of [" e ", " t ", " s ", "? help", "q quit", " / "])
      expect(footer(screen)).not.toContain(command);
    t.type("qtes?/");
    screen = await t.waitFor((s) => searchBox(s).includes("qtes?/▏"));
    expect(footer(screen)).toContain("esc clear");
    // Esc clears; Esc on the empty query quits.
    t.keys("Escape");
    await t.waitFor((s) => searchBox(s).startsWith("Search › ▏") && footer(s).includes("esc quit"));
    t.keys("Escape");
    await t.waitFor((s) => s.includes("EXITED:0"));
  });

  it("edits the query with readline keys", async () => {
    const t = startBinary([], 80, 24);
    await t.waitFor((s) => footer(s).includes("F1 help"));
    t.type("Kang Kyung");
    // One pane at 80 columns: the box's line is the box alone.
    const box = async (expected: string) =>
      t.waitFor((s) => searchBox(s).trimEnd() === `Search › ${expected}`.trimEnd());
    await box("Kang Kyung▏");
    t.keys("Left");
    await box("Kang Kyun▏g");
    t.keys("C-a");
    await box("▏Kang Kyung");
    t.keys("M-f");
    await box("Kang▏ Kyung");
    t.keys("End");
    await box("Kang Kyung▏");
    t.keys("M-b");
    await box("Kang ▏Kyung");
    t.keys("C-k");
    await box("Kang ▏");
    t.type("Kyung-wha");
    await box("Kang Kyung-wha▏");
    t.keys("C-w");
    await box("Kang ▏");
    t.keys("Home", "C-d");
    await box("▏ang ");
    t.keys("C-e", "C-u");
    await box("▏");
    t.keys("C-q");
    await t.waitFor((s) => s.includes("EXITED:0"));
  });

  it("takes commands in the results: q quits there", async () => {
    const t = startBinary(["Kang"]);
    await t.waitFor((s) => /^›person/m.test(s));
    t.keys("Tab");
    const screen = await t.waitFor((s) => footer(s).endsWith("q quit  ? help"));
    expect(footer(screen)).toContain("e evidence");
    t.keys("q");
    await t.waitFor((s) => s.includes("EXITED:0"));
  });

  it("marks the characters core's search reports as matched, and no others", async () => {
    const query = "Kang Kyung-wha";
    const t = startBinary([query], 120, 40);
    await t.waitFor((s) => /^›person +Kang Kyung-wha/m.test(s));
    const hits = relations.search(query, { limit: 30 }).hits;
    const captured = screenLines(t.screen(true));
    const plain = screenLines(t.screen());
    let checked = 0;
    for (const hit of hits.slice(0, 10)) {
      const row = plain.findIndex(
        (l) => l.slice(1).startsWith(hit.type.padEnd(13)) && l.includes(hit.label.slice(0, 20)),
      );
      if (row < 0) continue;
      // Ranges are in the matched field's text: the label's when it matched, else
      // the field shown after it.
      const expected = hit.ranges.map(([a, b]) => hit.text.slice(a, b)).join("");
      // The label's cell of the line: the hit's label, cut to the pane.
      const line = captured[row] ?? "";
      const marked = styledText(line, "4", "24").replace(/…$/, "");
      expect(marked, hit.id).toBe(expected.slice(0, marked.length));
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });

  it("pages through every result: G in the results reaches core's last hit", async () => {
    const query = "Korea";
    const { total } = relations.search(query, { limit: 1 });
    expect(total).toBeGreaterThan(50);
    const t = startBinary([query], 100, 30);
    await t.waitFor((s) => s.includes(`${total} results · 1 of ${total}`));
    t.keys("Tab");
    await t.waitFor((s) => footer(s).includes("q quit"));
    t.keys("G");
    const last = relations.search(query, { offset: total - 1, limit: 1 }).hits[0];
    expect(last).toBeDefined();
    // The status and the selection (a capture may come between two rows' writes).
    const screen = await t.waitFor(
      (s) =>
        s.includes(`${total} of ${total}`) && selected(s).includes(last?.label.slice(0, 15) ?? "-"),
    );
    expect(screen).toMatch(/↑ \d+ more/);
    t.keys("g");
    await t.waitFor((s) => s.includes(`1 of ${total}`));
  });
});

describe("lists and reading (tmux)", () => {
  it("moves with j/k/g/G and filters a record's rows with /", async () => {
    const t = startBinary(["Südkorea"], 120, 40);
    await t.waitFor((s) => /^›country +South Korea/m.test(s));
    t.keys("Enter");
    await t.waitFor((s) => header(s).includes("› South Korea") && s.includes("Partners"));
    t.keys("j");
    await t.waitFor((s) => /^›names/m.test(s));
    t.keys("G");
    await t.waitFor((s) => !/^›(codes|names)/m.test(s) && /^›/m.test(s));
    t.keys("g");
    await t.waitFor((s) => /^›codes/m.test(s));
    t.keys("/");
    await t.waitFor((s) => /\/ \d+ of \d+ › ▏/.test(s) && footer(s).includes("esc clear"));
    t.type("Japan");
    const screen = await t.waitFor((s) => /\/ \d+ of \d+ › Japan▏/.test(s));
    expect(screen).not.toContain("Facts");
    t.keys("Enter");
    await t.waitFor(
      (s) => /\/ \d+ of \d+ › Japan\s/.test(s) && footer(s).includes("esc clear filter"),
    );
    t.keys("Escape");
    await t.waitFor((s) => s.includes("Facts") && !s.includes("› Japan"));
  });

  it("opens the pair's timeline with t on a partner row, x clears it, pickers choose from core's facets", async () => {
    const t = startBinary(["Südkorea"], 120, 40);
    await t.waitFor((s) => /^›country +South Korea/m.test(s));
    t.keys("Enter");
    await t.waitFor((s) => s.includes("Partners"));
    const partner = relations.partners("KR")[0];
    const name = relations.getCountry(partner?.country ?? "").names.en;
    for (const _ of [0, 1, 2, 3]) t.keys("j");
    await t.waitFor((s) => new RegExp(`^›${name}`).test(selected(s)));
    t.keys("t");
    let screen = await t.waitFor((s) => s.includes(`Timeline: South Korea – ${name} ·`));
    const pairCount = relations.timeline("KR", partner?.country).length;
    expect(screen).toContain(`· ${pairCount} events`);
    t.keys("x");
    screen = await t.waitFor((s) => s.includes("pair: none"));
    expect(screen).toContain(`Timeline: South Korea · ${relations.timeline("KR").length} events`);
    // The kind picker: the kinds of the events with their counts, none empty.
    const kinds = relations.facets({ involves: ["KR"] }).kinds;
    t.keys("c");
    screen = await t.waitFor((s) => s.includes("Filter by kind"));
    for (const kind of kinds.slice(0, 10))
      expect(screen).toMatch(
        new RegExp(`^.{0,4}${kind.count} +${eventKindName(kind.value, "en")}\\b`, "m"),
      );
    expect(kinds.every((k) => k.count > 0)).toBe(true);
    const kindName = kinds[1] ? eventKindName(kinds[1].value, "en") : "";
    t.type(kindName);
    t.keys("Enter");
    screen = await t.waitFor((s) => s.includes(`kind: ${kindName} (c)`));
    expect(screen).toContain(`Timeline: South Korea · ${kinds[1]?.count} event`);
    t.keys("x");
    await t.waitFor((s) => s.includes("kind: all"));
  });

  it("writes dates in words, never cut, and charts every year with empty ones at 200×50", async () => {
    const t = startBinary(["Südkorea"], 200, 50);
    await t.waitFor((s) => /^›country +South Korea/m.test(s));
    t.keys("Tab");
    await t.waitFor((s) => footer(s).includes("q quit"));
    t.keys("t");
    const screen = await t.waitFor((s) => s.includes("Events per year"));
    expect(screen).not.toMatch(/\d{4}–\d{4}-\d{2}/);
    // Every date of the events on screen appears whole.
    const entries = relations.timeline("KR");
    const shown = entries.filter((e) => screen.includes(e.event.title.en.slice(0, 30)));
    expect(shown.length).toBeGreaterThan(10);
    for (const entry of shown) expect(screen).toContain(dateText(entry.event.date));
    expect(screen).toContain("before 10 Aug 2020");
    // The chart: consecutive years, empty ones with 0.
    const years = relations.facets({ involves: ["KR"] }).years;
    const charted = [...screen.matchAll(/│ (\d{4}) [█ ]* (\d+)\s*$/gm)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(charted.length).toBeGreaterThan(10);
    for (let i = 1; i < charted.length; i++)
      expect(charted[i]?.[0]).toBe((charted[i - 1]?.[0] ?? 0) + 1);
    for (const [year, count] of charted)
      expect(count).toBe(years.find((y) => y.value === year)?.count);
    expect(charted.some(([, count]) => count === 0)).toBe(true);
    expect(screen).toMatch(/↓ \d+ more/);
    for (const line of screenLines(screen)) expect(displayWidth(line)).toBeLessThanOrEqual(200);
  });

  it("lists the sources by date, and searches an article with / n N", async () => {
    const t = startBinary([], 120, 40);
    await t.waitFor((s) => footer(s).includes("F1 help"));
    t.keys("Tab");
    await t.waitFor((s) => footer(s).includes("q quit"));
    t.keys("s");
    const screen = await t.waitFor((s) => s.includes("Sources:"));
    const sources = relations.dataset.sources;
    const positions = sources
      .filter((s) => s.published)
      .map((s) => ({
        at: screen.indexOf(dateText(s.published) + " · "),
        value: s.published?.value ?? "",
      }))
      .filter((p) => p.at >= 0)
      .sort((a, b) => a.at - b.at);
    expect(positions.length).toBeGreaterThan(2);
    const values = positions.map((p) => p.value);
    expect(values).toEqual([...values].sort());
    t.keys("Enter");
    await t.waitFor((s) => /passage 1\/\d+/.test(s));
    t.keys("/");
    await t.waitFor((s) => s.includes("Find in text › ▏"));
    t.type("Korea");
    t.keys("Enter");
    const found = await t.waitFor((s) => /match \d+\/\d+/.test(s));
    const count = Number(/match \d+\/(\d+)/.exec(found)?.[1]);
    expect(count).toBeGreaterThan(1);
    const at = Number(/match (\d+)\//.exec(found)?.[1]);
    t.keys("n");
    await t.waitFor((s) => s.includes(`match ${(at % count) + 1}/${count}`));
    t.keys("N");
    await t.waitFor((s) => s.includes(`match ${at}/${count}`));
  });

  it("copies the selected id with y (OSC 52, into tmux's buffer)", async () => {
    const t = startBinary(["Kang"], 100, 30);
    t.tmux("set-option", "-g", "set-clipboard", "on");
    await t.waitFor((s) => /^›person +Kang Kyung-wha/m.test(s));
    t.keys("Tab");
    await t.waitFor((s) => footer(s).includes("y copy"));
    t.keys("y");
    await t.waitFor((s) => s.includes("! Copied kang-kyung-wha"));
    expect(t.tmux("show-buffer")).toBe("kang-kyung-wha");
  });

  it("shows a terminal-too-small screen below 40×12 and the UI again when it grows", async () => {
    const t = startBinary(["Kang"], 100, 30);
    await t.waitFor((s) => /^›person/m.test(s));
    t.resize(30, 10);
    const small = await t.waitFor((s) => s.includes("Terminal too small"));
    expect(small).toContain("30×10");
    for (const line of screenLines(small)) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    t.resize(100, 30);
    await t.waitFor((s) => /^›person +Kang Kyung-wha/m.test(s) && searchBox(s).includes("Kang▏"));
    t.resize(30, 10);
    await t.waitFor((s) => s.includes("Terminal too small"));
    t.keys("q");
    await t.waitFor((s) => s.includes("EXITED:0"));
  });

  it("shows the reason, not an unrelated excerpt, for an office's fact known from outside the sources", async () => {
    const office = relations.dataset.offices.find(
      (o: Office) => o.start?.basis === "external" && o.evidence.length > 0,
    ) as Office;
    expect(office).toBeDefined();
    const t = startBinary([office.id], 120, 40);
    await t.waitFor((s) => /^›office/m.test(s));
    t.keys("Enter");
    await t.waitFor(
      (s) =>
        s.includes(`office · ${office.roles.map((role) => roleName(role)).join(", ")}`) &&
        /^›holder/m.test(s),
    );
    t.keys("/");
    t.type("start");
    t.keys("Enter");
    const screen = await t.waitFor((s) => /^›start/m.test(s) && !s.includes("start▏"));
    expect(screen).toContain("Evidence (start): 0 excerpts");
    expect(screen).toContain("external:");
    expect(screen).not.toContain(`“${office.evidence[0]?.quote.slice(0, 20)}`);
  });
});
