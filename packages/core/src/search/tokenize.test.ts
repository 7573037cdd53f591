import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText } from "./fold.js";
import { canonicalToken, eachToken, tokenSpans } from "./tokenize.js";

const tokens = (text: string) => {
  const out: string[] = [];
  eachToken(text, (token) => out.push(token));
  return out;
};

describe("eachToken", () => {
  it("splits on anything but letters and digits, folded", () => {
    expect(tokens("Kang Kyung-wha, Foreign Minister")).toEqual([
      "kang",
      "kyung",
      "wha",
      "foreign",
      "minister",
    ]);
    expect(tokens("Südkorea–Polen: Rüstungsvertrag")).toEqual([
      "suedkorea",
      "polen",
      "ruestungsvertrag",
    ]);
    expect(tokens("강경화 (康京和)")).toEqual(["강경화", "康京和"]);
  });

  it("keeps numbers whole and canonical, with a unit glued on", () => {
    expect(tokens("nearly 1,000 K2 tanks, 648 howitzers, €15 billion ($16.2 billion)")).toEqual([
      "nearly",
      "1000",
      "k2",
      "tanks",
      "648",
      "howitzers",
      "15",
      "billion",
      "16.2",
      "billion",
    ]);
    expect(tokens("fast 1000 Kampfpanzer, 16,2 Milliarden, 15bn, in 2025.")).toEqual([
      "fast",
      "1000",
      "kampfpanzer",
      "16.2",
      "milliarden",
      "15bn",
      "in",
      "2025",
    ]);
  });

  it("finds the same words in a text as in the text folded first", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(..."aZ09 .,-'ÄöüßéÉç강경화康京和ｋ①".split(""), "e\u0301"),
          maxLength: 30,
        }),
        (text) => {
          expect(tokens(text)).toEqual(tokens(foldText(text)));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("canonicalToken", () => {
  it("reads thousands separators and decimal marks of English and German", () => {
    expect(canonicalToken("1,000")).toBe("1000");
    expect(canonicalToken("1.000")).toBe("1000");
    expect(canonicalToken("1.000.000")).toBe("1000000");
    expect(canonicalToken("16,2")).toBe("16.2");
    expect(canonicalToken("16.20")).toBe("16.2");
    expect(canonicalToken("2,000.50")).toBe("2000.5");
    expect(canonicalToken("2.000,50")).toBe("2000.5");
    expect(canonicalToken("1.11.2025")).toBe("1.11.2025");
    expect(canonicalToken("kang")).toBe("kang");
  });
});

describe("tokenSpans", () => {
  it("gives each word's span in the original text", () => {
    const text = "Rüstungsvertrag Südkorea–Polen";
    const spans = tokenSpans(text);
    expect(spans.map((s) => s.token)).toEqual(["ruestungsvertrag", "suedkorea", "polen"]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      "Rüstungsvertrag",
      "Südkorea",
      "Polen",
    ]);
  });

  it("gives the words eachToken gives", () => {
    const text = "Nearly 1,000 K2 tanks für Südkorea (강경화)";
    expect(tokenSpans(text).map((s) => s.token)).toEqual(tokens(text));
  });
});
