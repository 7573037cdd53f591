import { describe, expect, it } from "vitest";
import { moveSelection } from "./moveSelection.js";

describe("moveSelection", () => {
  it("moves by one, by a page and to the ends, within the list", () => {
    expect(moveSelection("move-down", 0, 5, 3)).toBe(1);
    expect(moveSelection("move-up", 0, 5, 3)).toBe(0);
    expect(moveSelection("move-down", 4, 5, 3)).toBe(4);
    expect(moveSelection("page-down", 0, 5, 3)).toBe(3);
    expect(moveSelection("page-up", 4, 5, 3)).toBe(1);
    expect(moveSelection("last", 0, 5, 3)).toBe(4);
    expect(moveSelection("first", 4, 5, 3)).toBe(0);
  });

  it("ignores other actions and empty lists", () => {
    expect(moveSelection("open", 0, 5, 3)).toBeUndefined();
    expect(moveSelection("move-down", 0, 0, 3)).toBeUndefined();
  });

  it("skips items that cannot be selected", () => {
    const headings = (i: number) => i !== 1 && i !== 2;
    expect(moveSelection("move-down", 0, 5, 3, headings)).toBe(3);
    expect(moveSelection("move-up", 3, 5, 3, headings)).toBe(0);
  });
});
