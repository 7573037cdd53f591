import { describe, expect, it } from "vitest";
import { EMPTY_INPUT, editText, inputOf, MAX_TEXT, type TextInput, typeText } from "./textInput.js";

/** A box shown as text with "|" at the cursor. */
const show = (input: TextInput | undefined) =>
  input ? `${input.text.slice(0, input.cursor)}|${input.text.slice(input.cursor)}` : "(none)";
const at = (text: string): TextInput => ({
  text: text.replace("|", ""),
  cursor: text.indexOf("|"),
});

describe("textInput", () => {
  it("types and pastes at the cursor without control characters", () => {
    expect(show(typeText(at("Süd|"), "korea"))).toBe("Südkorea|");
    expect(show(typeText(at("Kang |wha"), "Kyung-"))).toBe("Kang Kyung-|wha");
    expect(show(typeText(EMPTY_INPUT, "a\u0000b\u001b[31mc"))).toBe("a bc|");
    expect(show(typeText(EMPTY_INPUT, "two\r\nlines\u2028x"))).toBe("two lines x|");
    expect(typeText(EMPTY_INPUT, "x".repeat(10_000)).text).toHaveLength(MAX_TEXT);
  });

  it("moves like readline: characters, words, the ends", () => {
    expect(show(editText(at("Kang Kyung|"), "cursor-left"))).toBe("Kang Kyun|g");
    expect(show(editText(at("|Kang"), "cursor-left"))).toBe("|Kang");
    expect(show(editText(at("K|ang"), "cursor-right"))).toBe("Ka|ng");
    expect(show(editText(at("Kang Ky|ung"), "cursor-start"))).toBe("|Kang Kyung");
    expect(show(editText(at("Ka|ng Kyung"), "cursor-end"))).toBe("Kang Kyung|");
    expect(show(editText(at("Kang Kyung-wha|"), "word-left"))).toBe("Kang Kyung-|wha");
    expect(show(editText(at("Kang Kyung-|wha"), "word-left"))).toBe("Kang |Kyung-wha");
    expect(show(editText(at("|Kang Kyung"), "word-right"))).toBe("Kang| Kyung");
    expect(show(editText(at("Kang| Kyung"), "word-right"))).toBe("Kang Kyung|");
  });

  it("moves and deletes whole emoji and syllables", () => {
    expect(show(editText(at("강경화|"), "cursor-left"))).toBe("강경|화");
    expect(show(editText(at("Korea 🇰🇷|"), "delete-back"))).toBe("Korea |");
    expect(show(editText(at("|🇰🇷x"), "delete-forward"))).toBe("|x");
  });

  it("deletes like readline: a character either side, a word, to either end", () => {
    expect(show(editText(at("Kang|"), "delete-back"))).toBe("Kan|");
    expect(show(editText(at("|Kang"), "delete-back"))).toBe("|Kang");
    expect(show(editText(at("Ka|ng"), "delete-forward"))).toBe("Ka|g");
    expect(show(editText(at("Kang Kyung-wha |"), "delete-word"))).toBe("Kang |");
    expect(show(editText(at("Kang Kyu|ng"), "delete-word"))).toBe("Kang |ng");
    expect(show(editText(at("Kang Kyu|ng"), "kill-start"))).toBe("|ng");
    expect(show(editText(at("Kang Kyu|ng"), "kill-end"))).toBe("Kang Kyu|");
    expect(editText(at("x|"), "open")).toBeUndefined();
  });

  it("starts a box with a text, the cursor at its end", () => {
    expect(show(inputOf("Kang"))).toBe("Kang|");
  });
});
