import { describe, expect, it } from "vitest";
import { builtin } from "./builtin.js";
import { matchedField } from "./matchedField.js";

describe("matchedField", () => {
  it("writes a matched date in words in the reader's language, a span too", () => {
    expect(matchedField({ field: "date", text: "2020-08-10", ranges: [[0, 10]] })).toEqual({
      name: "Date",
      text: "10 August 2020",
      ranges: [[0, 14]],
    });
    expect(
      matchedField({ field: "date", text: "2020-11-12/2020-11-14", ranges: [[0, 21]] }, "de"),
    ).toEqual({ name: "Datum", text: "12.–14. November 2020", ranges: [[0, 21]] });
  });

  it("writes a whole amount in the language's digits, and leaves other text and its ranges", () => {
    expect(matchedField({ field: "amount", text: "15000000000", ranges: [[0, 11]] }, "de")).toEqual(
      { name: "Betrag", text: "15.000.000.000", ranges: [[0, 14]] },
    );
    expect(
      matchedField({ field: "text", text: "A deal on tanks", ranges: [[10, 15]] }, "de"),
    ).toEqual({ name: "Text", text: "A deal on tanks", ranges: [[10, 15]] });
    expect(matchedField({ field: "amount", text: "1.5", ranges: [[0, 3]] }).text).toBe("1.5");
  });

  it("names a linked record's field by its relation's heading", () => {
    expect(matchedField({ field: "participants", text: "Kang", ranges: [[0, 4]] }, "de").name).toBe(
      "Teilnehmende",
    );
    expect(matchedField({ field: "parties", text: "Japan", ranges: [[0, 5]] }).name).toBe(
      "Parties",
    );
  });

  it("names every field the built-in dataset's hits match in, in both languages", () => {
    const r = builtin();
    const fields = new Map<string, string>();
    for (const query of ["Kang", "2020", "15bn", "Tokio", "Seoul", "dialogue", "Japan", "Ishiba"]) {
      for (const hit of r.search(query, { limit: 200 }).hits) {
        for (const lang of ["en", "de"] as const) {
          const shown = matchedField(hit, lang);
          fields.set(hit.field, shown.name);
          // A name of its own, not the field's key; marks inside the text shown.
          expect(shown.name).not.toBe(hit.field);
          for (const [start, end] of shown.ranges) {
            expect(start).toBeGreaterThanOrEqual(0);
            expect(end).toBeLessThanOrEqual(shown.text.length);
          }
          if (hit.field === "date") expect(shown.text).not.toMatch(/^\d{4}-/);
        }
      }
    }
    expect([...fields.keys()]).toEqual(expect.arrayContaining(["name", "date", "amount"]));
  });

  it("gives a frozen answer of its own: writing over it changes neither it nor the hit", () => {
    const hit = {
      field: "text",
      text: "A deal on tanks",
      ranges: [[10, 15]] as [number, number][],
    };
    const shown = matchedField(hit);
    expect(Object.isFrozen(shown) && Object.isFrozen(shown.ranges)).toBe(true);
    expect(Object.isFrozen(shown.ranges[0])).toBe(true);
    expect(shown.ranges).not.toBe(hit.ranges);
    (hit.ranges[0] as [number, number])[0] = 0;
    expect(shown.ranges).toEqual([[10, 15]]);
  });

  it("refuses what is no hit, and an unknown language with the nearest", () => {
    expect(() => matchedField({ field: "text", text: "x", ranges: [[2, 1]] })).toThrow(
      /matchedField\(hit\)\.ranges must be \[start, end\] pairs/,
    );
    expect(() => matchedField({ field: "text", text: "x", ranges: [null] as never })).toThrow(
      TypeError,
    );
    expect(() => matchedField(null as never)).toThrow(
      new TypeError("matchedField(hit) must be a search hit ({ field, text, ranges }), got null"),
    );
    expect(() =>
      matchedField({ field: "date", text: "2020", ranges: [] }, "en-GB" as never),
    ).toThrow(/matchedField\(lang\).*"en"/);
  });
});
