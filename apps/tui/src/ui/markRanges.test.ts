import { describe, expect, it } from "vitest";
import { markRanges } from "./markRanges.js";

describe("markRanges", () => {
  it("marks the characters in the ranges, bold and underlined", () => {
    expect(markRanges("Kang Kyung-wha", [[0, 4]])).toEqual([
      { text: "Kang", underline: true, bold: true },
      { text: " Kyung-wha" },
    ]);
    expect(
      markRanges("Kang Kyung-wha", [
        [5, 10],
        [0, 2],
      ]).map((s) => [s.text, s.underline === true]),
    ).toEqual([
      ["Ka", true],
      ["ng ", false],
      ["Kyung", true],
      ["-wha", false],
    ]);
  });

  it("keeps a label whole without ranges, and ignores ranges out of it", () => {
    expect(markRanges("Seoul", [])).toEqual([{ text: "Seoul" }]);
    expect(markRanges("Seoul", [[7, 9]])).toEqual([{ text: "Seoul" }]);
  });

  it("cleans each piece after cutting, so offsets keep their meaning", () => {
    const text = "\u001b]0;x\u0007Evil";
    const start = text.indexOf("Evil");
    const marked = markRanges(text, [[start, start + 4]]);
    expect(marked.find((s) => s.underline)?.text).toBe("Evil");
    expect(marked.map((s) => s.text).join("")).toBe("Evil");
  });
});
