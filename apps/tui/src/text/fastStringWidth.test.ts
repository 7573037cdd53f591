import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import fastStringWidth from "./fastStringWidth.js";

const samples = [
  "",
  "Südkorea",
  "South Korea — “ROK” · 2020-08-10 › …",
  "강경화",
  "石破茂",
  "🇰🇷👩‍👩‍👧🙂",
  "e\u0301",
  "\u001b[1mbold\u001b[22m and \u001b[36mcyan\u001b[39m",
  "\u001b[1m강경화\u001b[22m",
  "│ ▶ ┃ █▁▂ ←→↑↓",
  "soft\u00adhyphen",
  "zero\u200bwidth",
  "tab\there",
  "كوريا",
  "강경화 Kang Kyung-wha · 大韓民国 · カタカナ · ＡＢＣ",
  "\u1100\u1161\u11a8",
  "漢\ufe0f字",
];

describe("fastStringWidth", () => {
  it("agrees with string-width", () => {
    for (const text of samples)
      expect(fastStringWidth(text), JSON.stringify(text)).toBe(stringWidth(text));
    for (const text of samples) {
      expect(fastStringWidth(text, { countAnsiEscapeCodes: true })).toBe(
        stringWidth(text, { countAnsiEscapeCodes: true }),
      );
      expect(fastStringWidth(text, { ambiguousIsNarrow: false })).toBe(
        stringWidth(text, { ambiguousIsNarrow: false }),
      );
    }
  });

  it("agrees with string-width on every character of the Basic Multilingual Plane", () => {
    for (let code = 0x20; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      expect(fastStringWidth(char), code.toString(16)).toBe(stringWidth(char));
    }
  });
});
