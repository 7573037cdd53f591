import { describe, expect, it } from "vitest";
import { escapeJsonText, jsonText } from "./jsonText.js";

describe("jsonText", () => {
  it("escapes DEL, C1, bidi controls and line separators as \\u sequences", () => {
    const value = { text: "a\u007fb\u009b2Jc\u202ed\u2028e\u2029f\u2066g\u001b]0;x\u0007" };
    const text = jsonText(value, 0);
    expect(text).toBe(
      '{"text":"a\\u007fb\\u009b2Jc\\u202ed\\u2028e\\u2029f\\u2066g\\u001b]0;x\\u0007"}',
    );
    expect(JSON.parse(text)).toEqual(value);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });

  it("leaves other text as JSON.stringify writes it", () => {
    const value = [{ name: "강경화 🇰🇷 Südkorea", n: 1 }];
    expect(jsonText(value)).toBe(JSON.stringify(value, null, 2));
    expect(escapeJsonText('"Kang‑Kyung‑wha"')).toBe('"Kang‑Kyung‑wha"');
  });
});
