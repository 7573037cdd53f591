import { describe, expect, it } from "vitest";
import { deleteChar, deleteWord, insertText, MAX_QUERY } from "./editQuery.js";

describe("editQuery", () => {
  it("inserts typed and pasted text without control characters", () => {
    expect(insertText("Süd", "korea")).toBe("Südkorea");
    expect(insertText("", "a\u0000b\u001b[31mc")).toBe("a bc");
    expect(insertText("", "two\r\nlines")).toBe("two lines");
    expect(insertText("x", "\u0007")).toBe("x ");
  });

  it("keeps at most MAX_QUERY characters of a long paste", () => {
    expect(insertText("", "x".repeat(10_000))).toHaveLength(MAX_QUERY);
  });

  it("deletes a whole emoji or syllable, and a word", () => {
    expect(deleteChar("Korea 🇰🇷")).toBe("Korea ");
    expect(deleteChar("강경화")).toBe("강경");
    expect(deleteChar("")).toBe("");
    expect(deleteWord("Kang Kyung-wha ")).toBe("Kang");
  });
});
