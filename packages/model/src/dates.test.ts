import { describe, expect, it } from "vitest";
import { compareDates, dayOf, parsePartialDate, toDayRange } from "./dates";

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

  it("follows ISO 8601's proleptic Gregorian calendar: year 0000 is a leap year, 1900 is not", () => {
    const day = (value: string) => parsePartialDate(value)?.start;
    expect(parsePartialDate("0000-02-29")).toBeDefined();
    expect(parsePartialDate("2000-02-29")).toBeDefined();
    expect(parsePartialDate("1900-02-29")).toBeUndefined();
    expect(parsePartialDate("0100-02-29")).toBeUndefined();
    expect(parsePartialDate("0000-02")).toMatchObject({ precision: 1 });
    const zero = parsePartialDate("0000-02");
    expect(zero && zero.end - zero.start).toBe(28);
    // Day numbers run on across the year boundary 0000 → 0001.
    expect((day("0001-01-01") ?? 0) - (day("0000-12-31") ?? 0)).toBe(1);
    expect((day("0001-01-01") ?? 0) - (day("0000-01-01") ?? 0)).toBe(366);
  });

  it("throws a TypeError naming the function for a non-string or non-date argument", () => {
    expect(() => parsePartialDate(2020 as unknown as string)).toThrow(
      "parsePartialDate(value) must be a string, got a number",
    );
    expect(() => compareDates(null as never, { value: "2020" })).toThrow(
      "compareDates(a) must be a date object { value, end? }, got null",
    );
    expect(() => compareDates({ value: "2020" }, { value: 7 } as never)).toThrow(TypeError);
    expect(() => toDayRange("x".repeat(500))).toThrow(/"x{79}…"/);
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
      "date must be a partial ISO 8601 date string, got a number",
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

describe("day numbers", () => {
  it("are the days since 1970-01-01 that Date.UTC gives, for every day of years across the range", () => {
    const years = [
      0, 1, 4, 99, 100, 399, 400, 1582, 1600, 1899, 1900, 1969, 1970, 2000, 2024, 2100, 9999,
    ];
    for (const year of years) {
      for (let month = 1; month <= 12; month++) {
        for (let date = 1; date <= 31; date++) {
          const time = new Date(0);
          time.setUTCFullYear(year, month - 1, date);
          if (time.getUTCMonth() !== month - 1) continue;
          const value = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
          expect(dayOf(value), value).toBe(Math.round(time.getTime() / 86_400_000));
        }
      }
    }
  });

  it("dayOf gives the first and last day, NaN for what parsePartialDate rejects", () => {
    expect(dayOf("1970")).toBe(0);
    expect(dayOf("1970", true)).toBe(364);
    expect(dayOf("1970-02", true)).toBe(58);
    expect(dayOf("2024-02", true) - dayOf("2024-02")).toBe(28);
    for (const bad of [
      "",
      "197",
      "1970-1",
      "1970-13",
      "1970-00",
      "1970-02-29",
      "1970/01",
      "１９７０",
      "1970-01-01T",
      "x970",
    ]) {
      expect(dayOf(bad), bad).toBeNaN();
      expect(parsePartialDate(bad), bad).toBeUndefined();
    }
  });
});
