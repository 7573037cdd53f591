import { describe, expect, it } from "vitest";
import { timelineDensity } from "./timelineDensity.js";

const day = (iso: string) => Date.parse(iso) / 86_400_000;

describe("timelineDensity", () => {
  it("counts events per lane and starting year, lanes in the given order first", () => {
    const items = [
      { id: "a", start: day("2001-03-01"), end: day("2001-03-01"), lanes: ["meeting"] },
      { id: "b", start: day("2001-12-31"), end: day("2002-01-02"), lanes: ["meeting", "visit"] },
      { id: "c", start: day("2003-06-01"), end: day("2003-06-01"), lanes: ["talks"] },
      { id: "d", start: day("2003-07-01"), end: day("2003-07-01"), lanes: ["meeting"] },
    ];
    expect(timelineDensity(items, ["visit", "unused"])).toEqual({
      first: 2001,
      last: 2003,
      lanes: [
        { key: "visit", counts: [1, 0, 0] },
        { key: "meeting", counts: [2, 0, 1] },
        { key: "talks", counts: [0, 0, 1] },
      ],
      max: 2,
    });
  });

  it("is empty without events", () => {
    expect(timelineDensity([])).toEqual({ first: 0, last: -1, lanes: [], max: 0 });
  });
});
