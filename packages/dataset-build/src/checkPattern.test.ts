import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPattern } from "./checkPattern.js";
import { DataError } from "./dataError.js";
import { lineMatches } from "./lineMatches.js";
import { LINK_ANCHOR, LINK_ENTRY, readingText } from "./readingText.js";

const FILE = "data/sources/taz-2025-08-26-tokyo-summit.yaml";
const site = { file: FILE, field: "artifacts.linePatterns[0]" };
const TAZ = readFileSync(
  new URL("../../../data/sources/003_ce6ee6d5b1d8a7b4.txt", import.meta.url),
  "utf8",
);

/** The one-line error a call throws. */
function errorLine(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    const message = (error as Error).message;
    expect(message).not.toContain("\n");
    return message;
  }
  throw new Error("expected a DataError");
}

describe("checkPattern", () => {
  it("names the file and field of an invalid regular expression in one line", () => {
    expect(errorLine(() => checkPattern("[1][", site))).toBe(
      `${FILE}: artifacts.linePatterns[0]: "[1][" is not a valid regular expression: Unterminated character class`,
    );
  });

  it("refuses a pattern that backtracks exponentially, naming the repetition", () => {
    expect(errorLine(() => checkPattern("(a+)+$", site))).toBe(
      `${FILE}: artifacts.linePatterns[0]: "(a+)+$" can backtrack exponentially (catastrophically) on a run of "a": "a+" repeats inside "(a+)+"; rewrite it without a repetition inside a repetition`,
    );
    // Shown as JSON, the way a YAML double-quoted string writes it.
    expect(errorLine(() => checkPattern("^(\\w+\\s?)*$", site))).toContain(
      'can backtrack exponentially (catastrophically) on a run of "A": "\\\\w+" repeats inside "(\\\\w+\\\\s?)*"',
    );
  });

  it("accepts the patterns the sources use and the reading text's own", () => {
    const own = [LINK_ENTRY.source, LINK_ANCHOR.source];
    for (const pattern of ["\\s*\\|\\s*\\|?\\s*$", "^> ", "^#+ ", ...own]) {
      expect(checkPattern(pattern, site).flags).toBe("gu");
    }
  });

  it("reports a bad pattern through readingText with the source's file", () => {
    const rules = { file: FILE, linePatterns: ["^> ", "(x+x+)+y"] };
    expect(errorLine(() => readingText(TAZ, rules))).toMatch(
      /^data\/sources\/taz-2025-08-26-tokyo-summit\.yaml: artifacts\.linePatterns\[1\]: "\(x\+x\+\)\+y" can backtrack exponentially/,
    );
  });
});

describe("lineMatches", () => {
  it("finds each pattern's matches line by line", () => {
    const regex = checkPattern("\\s*\\|\\s*\\|?\\s*$", site);
    expect(lineMatches("ab | |\ncd\nef |", [{ regex, site }])).toEqual([
      [2, 6],
      [12, 14],
    ]);
  });

  it("stops a pattern the static check lets through when it runs too long", () => {
    // scslre misses the exponential backtracking of an ambiguous alternation.
    const slow = {
      regex: checkPattern("(a|a)*$", site),
      site: { ...site, field: "artifacts.linePatterns[1]" },
    };
    const quick = { regex: checkPattern("^> ", site), site };
    const text = `> ${"a".repeat(40)}b`;
    const started = performance.now();
    expect(errorLine(() => lineMatches(text, [quick, slow], 200))).toBe(
      `${FILE}: artifacts.linePatterns[1]: "(a|a)*$" ran longer than 200 ms on the source text (catastrophic backtracking); rewrite it`,
    );
    expect(performance.now() - started).toBeLessThan(5000);
    // The bounded runner stays usable after stopping a run.
    expect(lineMatches("x | |", [{ regex: checkPattern("\\|", site), site }])).toEqual([
      [2, 3],
      [4, 5],
    ]);
  });
});
