import { describe, expect, it } from "vitest";
import { yearCounts } from "./yearCounts.js";

describe("yearCounts", () => {
  it("counts events per starting year, years in order, only years with events", () => {
    expect(yearCounts(["2020-08-10", "2019", "2020", "2025-11", "1910"])).toEqual([
      { year: 1910, count: 1 },
      { year: 2019, count: 1 },
      { year: 2020, count: 2 },
      { year: 2025, count: 1 },
    ]);
    expect(yearCounts([])).toEqual([]);
  });
});
