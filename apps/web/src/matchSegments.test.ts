import { describe, expect, it } from "vitest";
import { matchSegments } from "./matchSegments.js";

describe("matchSegments", () => {
  it("cuts a text at its matched ranges", () => {
    expect(matchSegments("Kang Kyung-wha", [[0, 4]])).toEqual([
      { text: "Kang", matched: true },
      { text: " Kyung-wha", matched: false },
    ]);
    expect(
      matchSegments("strategic dialogue", [
        [10, 18],
        [0, 9],
      ]),
    ).toEqual([
      { text: "strategic", matched: true },
      { text: " ", matched: false },
      { text: "dialogue", matched: true },
    ]);
  });

  it("merges overlapping and touching ranges, drops empty and outside ones", () => {
    expect(
      matchSegments("abcdef", [
        [1, 3],
        [2, 4],
        [4, 5],
        [9, 12],
        [3, 3],
      ]),
    ).toEqual([
      { text: "a", matched: false },
      { text: "bcde", matched: true },
      { text: "f", matched: false },
    ]);
    expect(matchSegments("abc", [])).toEqual([{ text: "abc", matched: false }]);
    expect(matchSegments("", [[0, 2]])).toEqual([]);
  });
});
