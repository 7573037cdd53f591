import { describe, expect, it } from "vitest";
import { bucketed } from "./bucketed.js";

const groups = (keys: number[], values: number[], size: number) => {
  const { from, to, values: out } = bucketed(keys, values, size);
  return Array.from({ length: size }, (_, k) => [...out.subarray(from[k], to[k])]);
};

describe("bucketed", () => {
  it("groups values by key in input order", () => {
    expect(groups([2, 0, 2, 1, 0], [10, 11, 12, 13, 14], 4)).toEqual([
      [11, 14],
      [13],
      [10, 12],
      [],
    ]);
  });

  it("drops a value that repeats the one before it in its group, not others", () => {
    expect(groups([0, 0, 1, 0, 0], [5, 5, 5, 6, 5], 2)).toEqual([[5, 6, 5], [5]]);
  });
});
