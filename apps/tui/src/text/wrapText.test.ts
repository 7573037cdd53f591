import { describe, expect, it } from "vitest";
import { displayWidth } from "./truncate.js";
import { wrapRanges, wrapText } from "./wrapText.js";

describe("wrapText", () => {
  it("breaks at spaces and drops the space at the break", () => {
    expect(wrapText("the quick brown fox", 10)).toEqual(["the quick", "brown fox"]);
  });

  it("breaks inside a word only when it is longer than a line", () => {
    expect(wrapText("Luftverteidigungsidentifikationszone", 10)).toEqual([
      "Luftvertei",
      "digungside",
      "ntifikatio",
      "nszone",
    ]);
  });

  it("starts a new line at every newline and keeps empty lines", () => {
    expect(wrapText("a\n\nb", 10)).toEqual(["a", "", "b"]);
  });

  it("never makes a line wider than the width, with wide characters", () => {
    const text = "대한민국 외교부 장관 강경화 and 🇰🇷 flags 🇰🇷🇰🇷🇰🇷 everywhere";
    for (const width of [4, 7, 12, 20]) {
      for (const line of wrapText(text, width))
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }
  });

  it("keeps offsets into the text", () => {
    const text = "one two three\nfour";
    const ranges = wrapRanges(text, 7);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["one two", "three", "four"]);
    expect(ranges[2]).toEqual({ start: 14, end: 18 });
  });
});
