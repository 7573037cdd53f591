import { describe, expect, it } from "vitest";
import { dateRange, findEvents, getEvent } from "./index.js";

const iso = (range: ReturnType<typeof dateRange>) => ({
  start: range.start.toISOString(),
  end: range.end.toISOString(),
  precision: range.precision,
});

describe("dateRange", () => {
  it("covers a year, a month or a day from its first to its last instant (UTC)", () => {
    expect(iso(dateRange("2020"))).toEqual({
      start: "2020-01-01T00:00:00.000Z",
      end: "2020-12-31T23:59:59.999Z",
      precision: "year",
    });
    expect(iso(dateRange("2020-02"))).toEqual({
      start: "2020-02-01T00:00:00.000Z",
      end: "2020-02-29T23:59:59.999Z",
      precision: "month",
    });
    expect(iso(dateRange("2023-02"))).toMatchObject({ end: "2023-02-28T23:59:59.999Z" });
    expect(iso(dateRange("2025-08-23"))).toEqual({
      start: "2025-08-23T00:00:00.000Z",
      end: "2025-08-23T23:59:59.999Z",
      precision: "day",
    });
    expect(iso(dateRange("1910-08-29"))).toMatchObject({ start: "1910-08-29T00:00:00.000Z" });
  });

  it("takes a dataset date, a span from its value's first day to its end's last", () => {
    expect(iso(dateRange({ value: "1910-08", end: "1945" }))).toEqual({
      start: "1910-08-01T00:00:00.000Z",
      end: "1945-12-31T23:59:59.999Z",
      precision: "month",
    });
    const summit = getEvent("2025-08-23-kr-jp-tokyo-summit");
    expect(iso(dateRange(summit.date))).toMatchObject({ precision: "day" });
  });

  it("agrees with findEvents on which events a day falls in", () => {
    const day = dateRange("2020-08-10");
    const inside = findEvents().filter((event) => {
      const range = dateRange(event.date);
      return range.start <= day.end && day.start <= range.end;
    });
    expect(inside.map((event) => event.id)).toEqual(
      findEvents({ from: "2020-08-10", to: "2020-08-10" }).map((event) => event.id),
    );
    expect(inside.length).toBeGreaterThan(0);
  });

  it("names an impossible date or a wrong argument", () => {
    expect(() => dateRange("2020-13")).toThrow(
      new RangeError(
        'Invalid dateRange(date) "2020-13": expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
      ),
    );
    expect(() => dateRange("2021-02-29")).toThrow(RangeError);
    expect(() => dateRange({ value: "2020", end: "2020-02-30" })).toThrow(
      /Invalid dateRange\(date\)\.end "2020-02-30"/,
    );
    expect(() => dateRange(20200101 as never)).toThrow(
      new TypeError(
        "dateRange(date) must be a partial ISO 8601 date string or a date { value, end? }, got a number",
      ),
    );
    expect(() => dateRange(null as never)).toThrow(TypeError);
  });
});
