/**
 * Regular expressions written in `data/` are checked before they run: they
 * must be valid JavaScript (Unicode mode) and free of exponential
 * backtracking, found by static analysis (scslre). Polynomial backtracking is
 * allowed: patterns run on one line at a time and, in `lineMatches`, under a
 * time bound.
 */
import { analyse } from "scslre";
import { DataError } from "./dataError.js";

/** Where a pattern is written: the data file and the field inside it. */
export interface PatternSite {
  readonly file: string;
  readonly field: string;
}

const MAX_LENGTH = 200;

/** The static analysis of each pattern seen: `undefined` when it passed, else what is wrong. */
const ANALYSED = new Map<string, string | undefined>();

/** Quotes a pattern for an error line (JSON, so control characters are escaped). */
const show = (text: string) => JSON.stringify(text);

/** Returns the pattern compiled with the `gu` flags, or throws a one-line `DataError`. */
export function checkPattern(pattern: string, site: PatternSite): RegExp {
  const fail = (message: string): never => {
    throw new DataError({ file: site.file, field: site.field, message });
  };
  if (typeof pattern !== "string" || pattern === "") fail("must be a non-empty regular expression");
  if (pattern.length > MAX_LENGTH) fail(`is longer than ${MAX_LENGTH} characters`);
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, "gu");
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split(": ").pop() ?? "") : "";
    return fail(`${show(pattern)} is not a valid regular expression: ${detail}`);
  }
  if (!ANALYSED.has(pattern)) ANALYSED.set(pattern, backtracking(pattern));
  const problem = ANALYSED.get(pattern);
  if (problem) fail(problem);
  return regex;
}

/** What makes a valid pattern backtrack exponentially, if anything. */
function backtracking(pattern: string): string | undefined {
  let reports: ReturnType<typeof analyse>["reports"];
  try {
    reports = analyse({ source: pattern, flags: "u" }, { reportTypes: { Move: false } }).reports;
  } catch {
    return `${show(pattern)} could not be analysed for backtracking; simplify it`;
  }
  const exponential = reports.find((report) => report.exponential);
  if (!exponential) return undefined;
  const culprit =
    exponential.type === "Self"
      ? `${show(exponential.quant.raw)} repeats inside ${show(exponential.parentQuant.raw)}`
      : exponential.type === "Trade"
        ? `${show(exponential.startQuant.raw)} and ${show(exponential.endQuant.raw)} compete for the same characters`
        : "";
  return `${show(pattern)} can backtrack exponentially (catastrophically) on a run of ${show(exponential.character.pick)}: ${culprit}; rewrite it without a repetition inside a repetition`;
}
