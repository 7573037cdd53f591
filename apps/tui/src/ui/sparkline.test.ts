import { describe, expect, it } from "vitest";
import { sparkline } from "./sparkline.js";

describe("sparkline", () => {
  it("draws one block per year, the busiest full, an empty year blank", () => {
    expect(sparkline([{ count: 1 }, { count: 8 }, { count: 0 }, { count: 4 }])).toBe("▁█ ▄");
    expect(sparkline([])).toBe("");
  });
});
