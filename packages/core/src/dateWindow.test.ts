import { toDayRange } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { dateWindow } from "./dateWindow.js";

describe("dateWindow", () => {
  it("spans from the first day of `from` to the last day of `to`", () => {
    expect(dateWindow("2020", "2020-02", "f(x)")).toEqual({
      start: toDayRange("2020-01-01").start,
      end: toDayRange("2020-02-29").end,
      precision: 2,
    });
  });

  it("is open on a side not given, and undefined without either", () => {
    expect(dateWindow(undefined, "2020", "f(x)")?.start).toBe(Number.NEGATIVE_INFINITY);
    expect(dateWindow("2020", undefined, "f(x)")?.end).toBe(Number.POSITIVE_INFINITY);
    expect(dateWindow(undefined, undefined, "f(x)")).toBeUndefined();
  });

  it("takes one day, and a partial `to` inside a precise `from`", () => {
    expect(dateWindow("2020-08-10", "2020-08-10", "f(x)")).toMatchObject({
      start: 18484,
      end: 18484,
    });
    expect(dateWindow("2020-08-10", "2020-08", "f(x)")).toMatchObject({ start: 18484, end: 18505 });
  });

  it("names the argument at fault", () => {
    expect(() => dateWindow("2025", "2020", "f(x)")).toThrow(
      'Invalid f(x): from "2025" is after to "2020"',
    );
    expect(() => dateWindow("2020-13", undefined, "f(x)")).toThrow(
      /^Invalid f\(x\)\.from "2020-13"/,
    );
    expect(() => dateWindow(undefined, 2020, "f(x)")).toThrow(TypeError);
    expect(() => dateWindow(undefined, 2020, "f(x)")).toThrow(
      /^f\(x\)\.to must be a partial ISO 8601 date string, got a number/,
    );
  });
});
