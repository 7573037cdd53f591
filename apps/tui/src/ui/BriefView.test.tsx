/**
 * The barometer on a country's page and the brief view (`b`), over the
 * built-in data (it has conflict and cooperation) and the hostile dataset:
 * the rows say core's numbers, the brief view shows core's lines and
 * footnotes in the UI's language, and nothing from data reaches a frame raw.
 */
import { builtin, type Relations } from "@korea-relations/core";
import { barometer, brief } from "@korea-relations/core/brief";
import { afterEach, describe, expect, it } from "vitest";
import { hostileRelations, hostileSourceText } from "../../test/hostileData.js";
import { KEY } from "../../test/keys.js";
import { type Rendered, renderApp } from "../../test/renderApp.js";
import { unsafeCharacters } from "../../test/terminalSafety.js";
import { notesText } from "../details/briefDetail.js";
import { divergingBar, divergingMax } from "../format/divergingBar.js";
import { cleanLine } from "../text/cleanText.js";

let ui: Rendered | undefined;
afterEach(() => ui?.unmount());

const relations = builtin() as unknown as Relations;
const header = (frame: string) => frame.split("\n")[0] ?? "";
const collapse = (text: string) => text.replace(/\s+/g, " ");
/** The frame's text as one line: wrapped lines join (80 columns: one pane). */
const flat = (frame: string) => collapse(frame.split("\n").slice(1, -1).join(" "));

/** Opens South Korea's page from a search at 80×40 (one pane). */
async function openKorea(rows = 40) {
  const app = renderApp({ relations, sourceText: () => undefined, columns: 80, rows });
  ui = app;
  await app.type("Südkorea");
  await app.press(KEY.enter, (f) => header(f).includes("› South Korea"));
  return app;
}

/** Filters the open view's rows by `words` and returns the frame. */
async function filterBy(app: Rendered, words: string) {
  await app.press("/", (f) => f.includes("/ "));
  for (const char of words) await app.press(char);
  return app.press(KEY.enter);
}

describe("the barometer on a country's page", () => {
  it("has a row per year with events: core's numbers and bars on one scale", async () => {
    const app = await openKorea();
    const frame = await filterBy(app, "net");
    const b = barometer(relations, "KR", { by: "year" });
    const periods = b.periods.filter((p) => p.party.total + p.about.total > 0);
    expect(periods.some((p) => p.party.conflict > 0)).toBe(true);
    const max = divergingMax(periods.map((p) => p.party));
    // 80 columns: the bars are 8 cells a side.
    for (const p of periods) {
      const line = frame.split("\n").find((l) => l.slice(1).startsWith(p.period)) ?? "";
      const net = p.party.net > 0 ? `+${p.party.net}` : p.party.net < 0 ? `−${-p.party.net}` : "0";
      expect(line, p.period).toContain(`−${p.party.conflict} +${p.party.cooperation} · net ${net}`);
      const bar = divergingBar(p.party.conflict, p.party.cooperation, max, 8);
      expect(line, p.period).toContain(`${bar.conflict}│${bar.cooperation}`);
      if (p.about.total > 0)
        expect(line).toContain(`about it −${p.about.conflict} +${p.about.cooperation}`);
    }
    expect(frame.split("\n").filter((l) => /^.\d{4} .*│/.test(l))).toHaveLength(periods.length);
  });

  it("lists a year's events in the timeline on Enter: exactly core's ids", async () => {
    const app = await openKorea();
    await filterBy(app, "net");
    const b = barometer(relations, "KR", { by: "year" });
    const period = b.periods.find((p) => p.party.total + p.about.total > 0);
    expect(period).toBeDefined();
    const frame = await app.press(KEY.enter, (f) => header(f).includes("Timeline"));
    const ids = new Set(
      Object.values(period?.party.events ?? {})
        .flat()
        .concat(Object.values(period?.about.events ?? {}).flat()),
    );
    expect(frame).toContain(`${period?.period} (barometer) · ${ids.size} event`);
    for (const id of ids) expect(frame).toContain(relations.recordLabel(id, "en").slice(0, 30));
  });
});

describe("the brief view (b)", () => {
  it("shows core's title, caveat, lines with footnote markers and footnotes; l switches to German", async () => {
    const app = await openKorea();
    const en = brief(relations, "KR", { lang: "en" });
    let frame = await app.press("b", (f) => header(f).includes("Brief: South Korea"));
    expect(frame).toContain(en.title);
    expect(flat(frame)).toContain(collapse(cleanLine(en.caveat.text)).slice(0, 150));
    expect(flat(frame)).toContain(notesText(en.caveat.notes));
    // A line of every section and the first and last footnotes, found with the filter.
    const samples = [
      ...en.sections.flatMap((s) => s.lines.slice(0, 1).map((l) => l.text)),
      ...[en.footnotes[0], en.footnotes.at(-1)].map((n) => `“${n?.excerpt}”`),
    ];
    for (const text of samples) {
      const words = cleanLine(text).split(" ").slice(0, 4).join(" ");
      frame = await filterBy(app, words);
      expect(flat(frame), text).toContain(collapse(cleanLine(text)).slice(0, 60));
      await app.press(KEY.escape, (f) => !f.includes(`/ ${words}`));
    }
    const last = en.footnotes.at(-1);
    frame = await app.press("G", (f) => f.includes(`[${last?.n}]`));
    expect(flat(frame)).toContain(
      cleanLine(last?.publisher ?? last?.title ?? last?.source ?? "").slice(0, 20),
    );
    const de = brief(relations, "KR", { lang: "de" });
    frame = await app.press("l", (f) => f.includes(de.title));
    frame = await app.press("g", (f) => f.includes("Vorbehalt"));
    expect(flat(frame)).toContain(collapse(cleanLine(de.caveat.text)).slice(0, 100));
  }, 90_000);

  it("opens the pair's brief from a partner row", async () => {
    const app = await openKorea();
    await filterBy(app, "Japan");
    const frame = await app.press("b", (f) => header(f).includes("Brief: South Korea – Japan"));
    expect(frame).toContain(brief(relations, "KR", "JP").title);
  });

  it("draws nothing raw from hostile data", async () => {
    const app = renderApp({
      relations: hostileRelations(),
      sourceText: hostileSourceText,
      columns: 120,
      rows: 40,
      color: true,
    });
    ui = app;
    const check = (frame: string) => {
      expect(unsafeCharacters(frame, { sgr: true }), frame).toEqual([]);
      return frame;
    };
    check(await app.type("Korea"));
    check(await app.press(KEY.enter, (f) => !/› Search +EN$/.test(header(f))));
    check(await app.press("b", (f) => header(f).includes("Brief")));
    for (const key of [KEY.down, KEY.pageDown, "G", KEY.tab, KEY.down, KEY.tab, "l", "g"])
      check(await app.press(key));
  });
});
