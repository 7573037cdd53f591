import { describe, expect, it } from "vitest";
import { scrollWindow } from "./scrollWindow.js";

describe("scrollWindow", () => {
  it("does not move while the selection is in view", () => {
    expect(scrollWindow(0, 100, 10, 5, 5)).toBe(0);
    expect(scrollWindow(20, 100, 10, 25, 25)).toBe(20);
  });

  it("moves as little as needed, keeping a line of context", () => {
    expect(scrollWindow(0, 100, 10, 10, 10)).toBe(2);
    expect(scrollWindow(20, 100, 10, 19, 19)).toBe(18);
  });

  it("keeps a multi-line row whole and stays inside the content", () => {
    expect(scrollWindow(0, 100, 10, 12, 15)).toBe(7);
    expect(scrollWindow(95, 100, 10, 99, 99)).toBe(90);
    expect(scrollWindow(5, 3, 10, 0, 0)).toBe(0);
  });
});
