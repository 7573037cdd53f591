import { describe, expect, it } from "vitest";
import { nextMark } from "./nextMark.js";

// Two rows: a b c on top, d e below (e under c).
const marks = [
  { x: 10, y: 10 }, // a
  { x: 50, y: 10 }, // b
  { x: 90, y: 10 }, // c
  { x: 30, y: 40 }, // d
  { x: 85, y: 40 }, // e
];

describe("nextMark", () => {
  it("moves through time with ← and →, row by row where dates tie, and stops at the ends", () => {
    expect(nextMark(marks, 0, "ArrowRight")).toBe(3);
    expect(nextMark(marks, 3, "ArrowRight")).toBe(1);
    expect(nextMark(marks, 1, "ArrowLeft")).toBe(3);
    expect(nextMark(marks, 2, "ArrowRight")).toBe(2);
    expect(nextMark(marks, 0, "ArrowLeft")).toBe(0);
    expect(
      nextMark(
        [
          { x: 5, y: 1 },
          { x: 5, y: 9 },
        ],
        0,
        "ArrowRight",
      ),
    ).toBe(1);
  });

  it("moves to the nearest mark of the row above or below with ↑ and ↓", () => {
    expect(nextMark(marks, 2, "ArrowDown")).toBe(4);
    expect(nextMark(marks, 1, "ArrowDown")).toBe(3);
    expect(nextMark(marks, 3, "ArrowUp")).toBe(0);
    expect(nextMark(marks, 0, "ArrowUp")).toBe(0);
    expect(nextMark(marks, 4, "ArrowDown")).toBe(4);
  });

  it("goes to the first and last with Home and End, and leaves other keys alone", () => {
    expect(nextMark(marks, 3, "Home")).toBe(0);
    expect(nextMark(marks, 0, "End")).toBe(2);
    expect(nextMark(marks, 0, "Tab")).toBeUndefined();
    expect(nextMark(marks, 9, "ArrowRight")).toBeUndefined();
  });
});
