import { describe, expect, it } from "vitest";
import { timelineDensity } from "./timelineDensity.js";

interface Item {
  readonly year: number;
  readonly lanes: readonly string[];
}
const year = (item: Item) => item.year;
const lanes = (item: Item) => item.lanes;

describe("timelineDensity", () => {
  it("counts events per lane and starting year, lanes in the given order first", () => {
    const items = [
      { year: 2001, lanes: ["meeting"] },
      { year: 2001, lanes: ["meeting", "visit"] },
      { year: 2003, lanes: ["talks"] },
      { year: 2003, lanes: ["meeting"] },
    ];
    expect(timelineDensity(items, year, lanes, ["visit", "unused"])).toEqual({
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
    expect(timelineDensity<Item>([], year, lanes)).toEqual({
      first: 0,
      last: -1,
      lanes: [],
      max: 0,
    });
  });
});
