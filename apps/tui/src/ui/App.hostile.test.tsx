/**
 * The UI over a hostile dataset (escape sequences, C1, DEL, bidi controls and
 * line separators in every text field, in an id and in the articles): no
 * frame holds a byte a terminal would act on, on any screen: search results
 * and previews, details of every kind, evidence, timeline with its filters,
 * sources, the reader, help.
 */
import { afterEach, describe, expect, it } from "vitest";
import { hostileRelations, hostileSourceText } from "../../test/hostileData.js";
import { KEY } from "../../test/keys.js";
import { type Rendered, renderApp } from "../../test/renderApp.js";
import { unsafeCharacters } from "../../test/terminalSafety.js";

let ui: Rendered | undefined;
afterEach(() => ui?.unmount());

const header = (frame: string) => frame.split("\n")[0] ?? "";
const atSearch = (frame: string) => /› Search +EN$/.test(header(frame));

describe("App over hostile data", () => {
  it.each([
    [120, 40],
    [70, 24],
  ])(
    "draws nothing raw at %i×%i",
    async (columns, rows) => {
      const app = renderApp({
        relations: hostileRelations(),
        sourceText: hostileSourceText,
        columns,
        rows,
        color: true,
      });
      ui = app;
      const headers = new Set<string>();
      const check = (frame: string) => {
        expect(unsafeCharacters(frame, { sgr: true }), frame).toEqual([]);
        headers.add(header(frame).replace(/ +EN$/, ""));
        return frame;
      };
      const press = async (key: string, until?: (frame: string) => boolean) =>
        check(await app.press(key, until));
      // One record of each kind, its preview, its detail, the evidence of a row.
      for (const query of ["Kang", "Tokyo", "Arms", "Nachbarn", "Stockholm", "Maas"]) {
        check(await app.type(query));
        await press(KEY.down);
        await press(KEY.enter, (f) => !atSearch(f));
        await press(KEY.down);
        await press("e", (f) => header(f).includes("Evidence"));
        await press(KEY.escape, (f) => !header(f).includes("Evidence"));
        await press(KEY.escape, atSearch);
        await press(KEY.ctrlU);
      }
      // A timeline with its filters; sources; the reader and its passages; help.
      check(await app.type("Korea"));
      await press(KEY.enter, (f) => !atSearch(f));
      await press("t", (f) => header(f).includes("Timeline"));
      for (const key of [
        "c",
        KEY.down,
        KEY.escape,
        "o",
        KEY.escape,
        "p",
        KEY.escape,
        "x",
        KEY.down,
      ])
        await press(key);
      await press(KEY.escape, (f) => !header(f).includes("Timeline"));
      await press("s", (f) => header(f).endsWith("Sources") || / Sources +EN$/.test(header(f)));
      await press(KEY.enter, (f) => header(f).includes("Reader"));
      for (const key of ["n", "n", "N", KEY.pageDown]) await press(key);
      // Enter opens the record citing the passage, or with several, moves to their list first.
      const inReader = (f: string) => /Reader: [^›]*$/.test(header(f).replace(/ +EN$/, ""));
      if (inReader(await press(KEY.enter))) await press(KEY.enter, (f) => !inReader(f));
      await press("?");
      // A pasted query with bidi controls and line separators stays one clean line.
      await press(KEY.escape);
      await press("f", (f) => f.includes("Search ›"));
      await press(KEY.ctrlU);
      const pasted = await press("Ka\u2028ng\u202e\u2029\u0085x", (f) => /Ka ng {1,2}x▏/.test(f));
      expect(pasted.split("\n")).toHaveLength(rows);
      expect([...headers].some((h) => h.includes("Reader"))).toBe(true);
      expect([...headers].some((h) => h.includes("Timeline"))).toBe(true);
      expect([...headers].filter((h) => h.includes("Evidence")).length).toBeGreaterThanOrEqual(5);
    },
    120_000,
  );
});
