import type { Event } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { sparkline, yearCounts } from "./yearCounts.js";

const ev = (value: string) => ({ date: { value } }) as Event;

describe("yearCounts", () => {
  it("counts events per year in year order", () => {
    expect(yearCounts([ev("2025-08"), ev("2020"), ev("2025-11-04"), ev("2020-08-10")])).toEqual([
      { year: "2020", count: 2 },
      { year: "2025", count: 2 },
    ]);
    expect(yearCounts([])).toEqual([]);
  });

  it("draws one block per year, the busiest full", () => {
    expect(sparkline([{ count: 1 }, { count: 8 }, { count: 4 }])).toBe("▁█▄");
    expect(sparkline([])).toBe("");
  });
});
