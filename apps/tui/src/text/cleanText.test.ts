import { describe, expect, it } from "vitest";
import { cleanKeepingOffsets, cleanLine, cleanText } from "./cleanText.js";

describe("cleanText", () => {
  it("removes escape sequences and replaces control characters", () => {
    expect(cleanText("a\u001b[31mred\u001b[0m b")).toBe("ared b");
    expect(cleanText("x\u0007y\u0000z")).toBe("x y z");
    expect(cleanText("a\u001b]0;title\u0007b")).toBe("ab");
    expect(cleanText("tab\there")).toBe("tab here");
    expect(cleanText("two\nlines")).toBe("two\nlines");
  });

  it("keeps emoji, Hangul and umlauts", () => {
    expect(cleanText("강경화 🇰🇷 Südkorea")).toBe("강경화 🇰🇷 Südkorea");
  });
});

describe("cleanLine", () => {
  it("folds white space onto one line", () => {
    expect(cleanLine("  a\n\n b\t c  ")).toBe("a b c");
  });
});

describe("cleanKeepingOffsets", () => {
  it("replaces each control character by one space, keeping the length", () => {
    const text = "a\u001b[31mb\r\nc";
    const clean = cleanKeepingOffsets(text);
    expect(clean).toHaveLength(text.length);
    expect(clean).toBe("a [31mb \nc");
  });
});
