import { describe, expect, it } from "vitest";
import { TokenDictionary } from "./TokenDictionary.js";

describe("TokenDictionary", () => {
  const dictionary = new TokenDictionary();
  for (const word of [
    "strategic",
    "strait",
    "strategy",
    "kang",
    "tokyo",
    "2025bn",
    "석열",
    "윤석열",
  ])
    dictionary.add(word);
  const collect = (run: (each: (id: number, ...rest: unknown[]) => void) => void) => {
    const found: string[] = [];
    run((id) => found.push(dictionary.tokens[id] as string));
    return found.sort();
  };

  it("gives each word one id", () => {
    expect(dictionary.add("kang")).toBe(dictionary.get("kang"));
    expect(dictionary.get("nope")).toBeUndefined();
  });

  it("finds longer words by prefix", () => {
    expect(collect((each) => dictionary.prefixed("strat", each))).toEqual([
      "strategic",
      "strategy",
    ]);
    expect(collect((each) => dictionary.prefixed("s", each))).toEqual([
      "strait",
      "strategic",
      "strategy",
    ]);
    expect(collect((each) => dictionary.prefixed("kang", each))).toEqual([]);
  });

  it("finds words within the edit bound, not numbers", () => {
    expect(collect((each) => dictionary.near("tokio", 1, each))).toEqual(["tokyo"]);
    expect(collect((each) => dictionary.near("stratgy", 1, each))).toEqual(["strategy"]);
    expect(collect((each) => dictionary.near("2025bm", 1, each))).toEqual([]);
  });

  it("finds Hangul and Kanji words by a part inside them", () => {
    expect(collect((each) => dictionary.containing("석열", each))).toEqual(["윤석열"]);
    expect(collect((each) => dictionary.containing("rat", each))).toEqual([]);
  });
});
