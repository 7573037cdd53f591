import { describe, expect, it } from "vitest";
import { deepFreeze } from "./deepFreeze.js";

describe("deepFreeze", () => {
  it("freezes a value and everything in it, and returns it", () => {
    const value = { a: [{ b: 1 }, [2]], c: { d: { e: "f" } } };
    expect(deepFreeze(value)).toBe(value);
    for (const part of [value, value.a, value.a[0], value.a[1], value.c, value.c.d]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    expect(() => {
      (value.c.d as { e: string }).e = "g";
    }).toThrow(TypeError);
  });

  it("leaves primitives as they are", () => {
    expect(deepFreeze(1)).toBe(1);
    expect(deepFreeze(null)).toBe(null);
    expect(deepFreeze("x")).toBe("x");
  });
});
