import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { moveSelection } from "./moveSelection.js";

const key = (over: Partial<Key>) => ({ ...over }) as Key;

describe("moveSelection", () => {
  it("moves with arrows, Ctrl-P/Ctrl-N, pages and ends, within the list", () => {
    expect(moveSelection("", key({ downArrow: true }), 0, 5, 3)).toBe(1);
    expect(moveSelection("", key({ upArrow: true }), 0, 5, 3)).toBe(0);
    expect(moveSelection("n", key({ ctrl: true }), 3, 5, 3)).toBe(4);
    expect(moveSelection("p", key({ ctrl: true }), 3, 5, 3)).toBe(2);
    expect(moveSelection("", key({ pageDown: true }), 0, 5, 3)).toBe(3);
    expect(moveSelection("", key({ pageUp: true }), 4, 5, 3)).toBe(1);
    expect(moveSelection("", key({ end: true }), 0, 5, 3)).toBe(4);
    expect(moveSelection("", key({ home: true }), 4, 5, 3)).toBe(0);
  });

  it("ignores other keys and empty lists", () => {
    expect(moveSelection("x", key({}), 0, 5, 3)).toBeUndefined();
    expect(moveSelection("", key({ downArrow: true }), 0, 0, 3)).toBeUndefined();
  });

  it("skips items that cannot be selected", () => {
    const headings = (i: number) => i !== 1 && i !== 2;
    expect(moveSelection("", key({ downArrow: true }), 0, 5, 3, headings)).toBe(3);
    expect(moveSelection("", key({ upArrow: true }), 3, 5, 3, headings)).toBe(0);
  });
});
