import { describe, expect, it } from "vitest";
import { dateTerms, recordInterval } from "./dateTerms.js";
import { foldText } from "./fold.js";

const intervals = (query: string) =>
  dateTerms(foldText(query)).map(({ start, end }) => [start, end]);

describe("dateTerms", () => {
  it("reads a day in the forms people type, English and German", () => {
    for (const query of [
      "2025-11-01",
      "2025/11/01",
      "1.11.2025",
      "01.11.2025",
      "1 Nov 2025",
      "1 nov. 2025",
      "1. November 2025",
      "1st of November 2025",
      "Nov 1, 2025",
      "November 1st 2025",
    ]) {
      expect(intervals(query), query).toEqual([[20251101, 20251101]]);
    }
  });

  it("reads months and leaves bare years to the number rules", () => {
    expect(intervals("November 2025")).toEqual([[20251101, 20251131]]);
    expect(intervals("Nov. 2025")).toEqual([[20251101, 20251131]]);
    expect(intervals("März 2023")).toEqual([[20230301, 20230331]]);
    expect(intervals("Dezember 2019")).toEqual([[20191201, 20191231]]);
    expect(intervals("2025-11")).toEqual([[20251101, 20251131]]);
    expect(intervals("2025")).toEqual([]);
  });

  it("finds a date among words and says where it stood", () => {
    const query = foldText("Kuala Lumpur 1 Nov 2025 ADMM");
    const [term] = dateTerms(query);
    expect(term && query.slice(term.index, term.index + term.length)).toBe("1 nov 2025");
  });

  it("rejects impossible dates and numbers that only look like dates", () => {
    expect(intervals("2025-13-01")).toEqual([]);
    expect(intervals("2025-02-29")).toEqual([]);
    expect(intervals("2024-02-29")).toEqual([[20240229, 20240229]]);
    expect(intervals("31.4.2025")).toEqual([]);
    expect(intervals("12025-11-01")).toEqual([]);
    expect(intervals("novel 2025")).toEqual([]);
  });
});

describe("recordInterval", () => {
  it("covers a partial date's whole month or year, and spans to an end", () => {
    expect(recordInterval({ value: "2025" })).toEqual({ start: 20250101, end: 20251231 });
    expect(recordInterval({ value: "2019-07" })).toEqual({ start: 20190701, end: 20190731 });
    expect(recordInterval({ value: "1910", end: "1945-08-15" })).toEqual({
      start: 19100101,
      end: 19450815,
    });
    expect(recordInterval({ value: "soon" })).toBeUndefined();
  });
});
