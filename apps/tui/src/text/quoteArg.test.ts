import { describe, expect, it } from "vitest";
import { quoteArg } from "./quoteArg.js";

describe("quoteArg", () => {
  it("quotes and shows control characters escaped", () => {
    expect(quoteArg("Kang")).toBe('"Kang"');
    expect(quoteArg("a\u001b]0;pwned\u0007b")).toBe('"a\\u001b]0;pwned\\u0007b"');
    expect(quoteArg("\u009b2J\u202e\u2028")).toBe('"\\u009b2J\\u202e\\u2028"');
  });

  it("cuts long arguments to 80 characters without splitting a character", () => {
    const shown = quoteArg("🇰".repeat(200));
    expect([...JSON.parse(shown)]).toHaveLength(80);
    expect(shown.endsWith('…"')).toBe(true);
  });
});
