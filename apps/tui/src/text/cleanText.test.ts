import { describe, expect, it } from "vitest";
import { cleanKeepingOffsets, cleanLine, cleanText, UNSAFE } from "./cleanText.js";

/** Every character a terminal must not get from data (but "\n"). */
const RAW =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("cleanText", () => {
  it("removes escape sequences and replaces control characters", () => {
    expect(cleanText("a\u001b[31mred\u001b[0m b")).toBe("ared b");
    expect(cleanText("x\u0007y\u0000z")).toBe("x y z");
    expect(cleanText("a\u001b]0;title\u0007b")).toBe("ab");
    expect(cleanText("tab\there")).toBe("tab here");
    expect(cleanText("two\nlines")).toBe("two\nlines");
  });

  it("removes OSC 52, screen clears, DCS/APC strings, charset switches and 8-bit CSI", () => {
    expect(cleanText("a\u001b]52;c;cHduZWQ=\u001b\\b")).toBe("ab");
    expect(cleanText("a\u001b[2J\u001b[3J\u001b[Hb")).toBe("ab");
    expect(cleanText("a\u001bP1;2|secret\u001b\\b\u001b_apc\u001b\\c")).toBe("abc");
    expect(cleanText("a\u001b(0b\u001bcc")).toBe("abc");
    expect(cleanText("a\u009b31mb\u009d0;t\u009cc")).toBe("abc");
    expect(cleanText("a\u001b]0;unterminated")).toBe("a");
    expect(cleanText("lone\u001b")).toBe("lone ");
  });

  it("removes DEL, C1 controls and bidi controls; separators become line breaks", () => {
    expect(cleanText("a\u007fb\u0085c\u0080d")).toBe("a b c d");
    expect(cleanText("abc\u202edef\u202c \u2067x\u2069\u200f\u061c")).toBe("abcdef x");
    expect(cleanText("one\u2028two\u2029three")).toBe("one\ntwo\nthree");
  });

  it("leaves nothing raw from any mix of controls, whatever follows an ESC", () => {
    const raw: string[] = [];
    for (let code = 0; code < 0x2100; code++) {
      const char = String.fromCharCode(code);
      for (const text of [`\u001b${char}x`, `\u009b${char}`, `x${char}\u001b]${char}`, char]) {
        if (RAW.test(cleanText(text))) raw.push(JSON.stringify(text));
      }
    }
    expect(raw).toEqual([]);
  });

  it("keeps emoji, Hangul and umlauts, and returns clean text as it is", () => {
    const text = "강경화 🇰🇷 Südkorea 👩‍👩‍👧";
    expect(cleanText(text)).toBe(text);
    expect(UNSAFE.test(text)).toBe(false);
  });
});

describe("cleanLine", () => {
  it("folds white space and separators onto one line", () => {
    expect(cleanLine("  a\n\n b\t c  ")).toBe("a b c");
    expect(cleanLine("a\u2028b\u2029c\r\nd")).toBe("a b c d");
  });
});

describe("cleanKeepingOffsets", () => {
  it("replaces each unsafe character by one, keeping the length", () => {
    const text = "a\u001b[31mb\r\nc\u202ed\u2028e\u009bf";
    const clean = cleanKeepingOffsets(text);
    expect(clean).toHaveLength(text.length);
    expect(clean).toBe("a [31mb \nc d\ne f");
    expect(clean).not.toMatch(RAW);
  });
});
