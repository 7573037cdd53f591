import { describe, expect, it } from "vitest";
import { matchWindow } from "./matchWindow.js";

describe("matchWindow", () => {
  it("keeps a short text whole", () => {
    expect(matchWindow("Kang Kyung-wha", [[0, 4]])).toEqual({
      text: "Kang Kyung-wha",
      ranges: [[0, 4]],
    });
  });

  it("cuts a long text around its first match, at word starts, ranges moved along", () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
    const at = words.indexOf("word40");
    const { text, ranges } = matchWindow(words, [[at, at + 6]], 60);
    expect(text.startsWith("…word")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(text.length).toBeLessThanOrEqual(62);
    const [a, b] = ranges[0] as readonly [number, number];
    expect(text.slice(a, b)).toBe("word40");
  });

  it("starts at the beginning when the match is near it", () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`).join(" ");
    const { text, ranges } = matchWindow(words, [[3, 5]], 40);
    expect(text.startsWith("w0 w1")).toBe(true);
    expect(ranges).toEqual([[3, 5]]);
  });
});
