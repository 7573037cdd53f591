import { describe, expect, it } from "vitest";
import { barText } from "./barText.js";

describe("barText", () => {
  it("scales to the width, at least one cell above zero", () => {
    expect(barText(10, 10, 20)).toBe("█".repeat(20));
    expect(barText(5, 10, 20)).toBe("█".repeat(10));
    expect(barText(1, 100, 20)).toBe("█");
    expect(barText(0, 10, 20)).toBe("");
    expect(barText(3, 0, 20)).toBe("");
  });
});
