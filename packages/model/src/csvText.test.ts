import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvText } from "./csvText";

/** Text a cell may hold: the characters CSV treats specially, quotes, line breaks, any Unicode. */
const cellText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(",", '"', "\r", "\n", "\r\n", " ", "'", ";", "\t", "=", "\u2028", "\uFEFF"),
    fc.constantFrom("a", "Z", "0", "ü", "강", "😀"),
    fc.string({ unit: "grapheme", maxLength: 1 }),
  ),
  maxLength: 12,
});

/** A table: a header of distinct names, rows of text or absent cells, some columns always quoted. */
const table = fc
  .uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/), { minLength: 1, maxLength: 5 })
  .chain((header) =>
    fc.record({
      header: fc.constant(header),
      rows: fc.array(
        fc.array(fc.option(cellText, { nil: undefined }), {
          minLength: header.length,
          maxLength: header.length,
        }),
        { maxLength: 6 },
      ),
      quoted: fc.subarray(header),
    }),
  );

describe("csvText", () => {
  it("quotes only cells with a comma, a quote or a line break, doubling quotes", () => {
    expect(
      csvText(
        ["id", "text", "code"],
        [
          ["a", 'Said "hi", left', "04"],
          ["b", "two\nlines", undefined],
          ["c", "", 1.5],
        ],
        { quoted: ["code"] },
      ),
    ).toBe('id,text,code\na,"Said ""hi"", left","04"\nb,"two\nlines",\nc,,"1.5"\n');
    expect(csvText(["n", "flag", "none"], [[15_000_000_000, true, null]])).toBe(
      "n,flag,none\n15000000000,true,\n",
    );
    expect(csvText(["a,b"], [])).toBe('"a,b"\n');
  });

  it("reads back with csv-parse as the same header and cells (absent cells empty)", () => {
    fc.assert(
      fc.property(table, ({ header, rows, quoted }) => {
        const text = csvText(header, rows, { quoted });
        const parsed: string[][] = parse(text, { relax_column_count: false });
        expect(parsed).toEqual([header, ...rows.map((row) => row.map((cell) => cell ?? ""))]);
      }),
      { numRuns: 500 },
    );
  });

  it("writes what csv-stringify writes for text cells (with its cast quoting the same columns)", () => {
    fc.assert(
      fc.property(table, ({ header, rows, quoted }) => {
        const forced = new Set(quoted.map((name) => header.indexOf(name)));
        const expected = stringify(
          rows.map((row) => [...row]),
          {
            header: true,
            columns: header,
            cast: {
              string: (value, context) =>
                !context.header && typeof context.index === "number" && forced.has(context.index)
                  ? { value, quoted: true }
                  : value,
            },
          },
        );
        expect(csvText(header, rows, { quoted })).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
