/**
 * Runs data patterns over each line of a text under a time bound, so that a
 * pattern whose backtracking static analysis missed fails with one line
 * instead of hanging the build. Node's `vm` timeout interrupts a running
 * regular expression.
 */
import { createContext, Script } from "node:vm";
import type { PatternSite } from "./checkPattern.js";
import { DataError } from "./dataError.js";

/** A checked pattern (see `checkPattern`) and where it is written. */
export interface SitedPattern {
  readonly regex: RegExp;
  readonly site: PatternSite;
}

/** Runs every pattern in one call (a timed call costs more than most runs); `current` tells which one ran last. */
const RUN = new Script(`(() => {
  const out = [];
  for (current = 0; current < regexes.length; current++) {
    const regex = regexes[current];
    let lineStart = 0;
    for (const line of lines) {
      regex.lastIndex = 0;
      for (const match of line.matchAll(regex)) {
        if (match[0].length > 0) out.push(lineStart + match.index, lineStart + match.index + match[0].length);
      }
      lineStart += line.length + 1;
    }
  }
  return out;
})();
`);

/** One context for every run: creating one costs more than most runs. */
const CONTEXT = createContext({ lines: [] as string[], regexes: [] as RegExp[], current: 0 });

/** Default time bound for all patterns on one text. */
export const PATTERN_BUDGET_MS = 1000;

/**
 * Every match of each pattern on each line of `text` (lines split at `\n`),
 * as spans of `text`. Throws a one-line `DataError` naming the pattern's site
 * when the patterns run longer than `budgetMs` on this text.
 */
export function lineMatches(
  text: string,
  patterns: readonly SitedPattern[],
  budgetMs = PATTERN_BUDGET_MS,
): [number, number][] {
  if (patterns.length === 0) return [];
  if (patterns.some(({ regex }) => !regex.global)) {
    throw new TypeError("line patterns must have the g flag");
  }
  CONTEXT.lines = text.split("\n");
  CONTEXT.regexes = patterns.map(({ regex }) => regex);
  CONTEXT.current = 0;
  let flat: number[];
  try {
    flat = RUN.runInContext(CONTEXT, { timeout: budgetMs });
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_SCRIPT_EXECUTION_TIMEOUT") throw error;
    const failed = patterns[CONTEXT.current as number] ?? patterns[patterns.length - 1];
    if (!failed) throw error;
    const { regex, site } = failed;
    throw new DataError({
      file: site.file,
      field: site.field,
      message: `${JSON.stringify(regex.source)} ran longer than ${budgetMs} ms on the source text (catastrophic backtracking); rewrite it`,
    });
  } finally {
    CONTEXT.lines = [];
    CONTEXT.regexes = [];
  }
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) spans.push([flat[i] ?? 0, flat[i + 1] ?? 0]);
  return spans;
}
