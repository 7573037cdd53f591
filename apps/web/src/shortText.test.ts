import { describe, expect, it } from "vitest";
import { shortText } from "./shortText.js";

describe("shortText", () => {
  it("keeps short texts, folding spaces", () => {
    expect(shortText("Marionette", 20)).toBe("Marionette");
    expect(shortText("  a \n b ", 20)).toBe("a b");
  });

  it("cuts long texts at a word boundary, never inside a name", () => {
    const text = "South Korean Defence Minister Ahn Gyu-back's talks with his counterparts";
    const short = shortText(text, 40);
    expect(short).toBe("South Korean Defence Minister Ahn…");
    expect(short.length).toBeLessThanOrEqual(40);
    expect(shortText("one, two, three four", 12)).toBe("one, two…");
  });

  it("cuts one very long word where it must", () => {
    expect(shortText("x".repeat(30), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
