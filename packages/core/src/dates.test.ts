import { describe, expect, it } from "vitest";
import { compareDates, parsePartialDate, toDayRange } from "./dates.js";

describe("partial dates", () => {
  it("covers a whole year, month or day", () => {
    const year = parsePartialDate("2024");
    const feb = parsePartialDate("2024-02");
    const day = parsePartialDate("2024-02-29");
    expect(year && year.end - year.start).toBe(365);
    expect(feb && feb.end - feb.start).toBe(28);
    expect(day?.start).toBe(day?.end);
    expect(feb?.start).toBe(day && day.start - 28);
  });

  it("rejects impossible and malformed dates, naming the value", () => {
    for (const value of [
      "2020-13-45",
      "2021-02-29",
      "2020-00",
      "2020-01-00",
      "20",
      "2020-1-1",
      "x2020",
      "tomorrow",
      "",
    ]) {
      expect(parsePartialDate(value), value).toBeUndefined();
      expect(() => toDayRange(value), value).toThrow(RangeError);
    }
    expect(() => toDayRange("2020-13-45")).toThrow('"2020-13-45"');
    expect(() => toDayRange(2020)).toThrow(TypeError);
    expect(() => toDayRange(2020)).toThrow(
      "date must be a partial ISO 8601 date string, got number",
    );
    expect(() => toDayRange(null, "from")).toThrow(/^from must be/);
  });

  it("accepts the first and last month and day", () => {
    for (const value of ["2020-01", "2020-12", "2020-01-01", "2020-03-01", "2020-12-31"]) {
      expect(parsePartialDate(value), value).toBeDefined();
    }
  });

  it("orders by start, the less precise first", () => {
    const dates = ["2020-08-10", "2020-08", "2020", "2019-12-31"].map((value) => ({ value }));
    expect(dates.sort(compareDates).map((d) => d.value)).toEqual([
      "2019-12-31",
      "2020",
      "2020-08",
      "2020-08-10",
    ]);
    const sameStart = ["2020-01-01", "2020", "2020-01"].map((value) => ({ value }));
    expect(sameStart.sort(compareDates).map((d) => d.value)).toEqual([
      "2020",
      "2020-01",
      "2020-01-01",
    ]);
  });
});
