import { describe, expect, it } from "vitest";
import { divergingBar, divergingMax } from "./divergingBar.js";

describe("divergingBar", () => {
  it("puts conflict right-aligned before the axis and cooperation after it, on one scale", () => {
    expect(divergingBar(2, 4, 4, 8)).toEqual({
      conflict: `${" ".repeat(4)}${"█".repeat(4)}`,
      cooperation: `${"█".repeat(8)}`,
    });
    expect(divergingBar(0, 1, 100, 5)).toEqual({ conflict: "     ", cooperation: "█    " });
    expect(divergingBar(0, 0, 3, 3)).toEqual({ conflict: "   ", cooperation: "   " });
  });

  it("scales to the largest count of either side", () => {
    expect(
      divergingMax([
        { conflict: 3, cooperation: 1 },
        { conflict: 0, cooperation: 7 },
      ]),
    ).toBe(7);
    expect(divergingMax([])).toBe(1);
  });
});
