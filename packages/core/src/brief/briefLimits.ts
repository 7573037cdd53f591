/** How much of a large dataset a brief shows, and the helpers that keep to it. */
import type { LabelLanguage } from "@korea-relations/model";
import { numberWords } from "../numberWords.js";
import type { Line } from "./BriefTypes.js";
import type { BriefWords } from "./briefWords.js";

/**
 * How much of a large dataset a brief shows, so that a brief of 100,000
 * events stays a document one can read, print and draw at once: each section
 * shows at most `rows` rows (the last: of rows in date order, the most
 * recent), and a row counting more than `notes` records (a count at a
 * glance, a year of the barometer) cites the last `notes` of them by date. A
 * section that leaves anything out says so in its `omitted` sentence; the
 * counts themselves always count everything. The built-in dataset stays
 * well inside both limits (its longest section has 36 rows, its longest
 * count 22 records), so its briefs show everything.
 */
export const BRIEF_LIMITS = {
  /** Rows per section. */
  rows: 100,
  /** Footnoted records per row. */
  notes: 25,
} as const;

/** The last `limit` items (of items in date order, the most recent), and how many are left out. */
export const lastOf = <T>(items: readonly T[], limit: number) => {
  const left = Math.max(0, items.length - limit);
  return { kept: items.slice(left), left };
};

/**
 * The `omitted` of a section, to spread into it: how many rows it leaves
 * out, and the sentences saying so (and that its counts cite the last
 * records, where one does); nothing where it shows and cites everything.
 */
export function omittedOf(
  ctx: { readonly words: BriefWords; readonly lang: LabelLanguage },
  left: number,
  lines: readonly Line[],
): { omitted?: { rows: number; text: string } } {
  const { words, lang } = ctx;
  const text = [
    left > 0 &&
      words.omitted.rows(numberWords(left, lang), left === 1, numberWords(BRIEF_LIMITS.rows, lang)),
    lines.some((line) => line.uncited) &&
      words.omitted.notes(numberWords(BRIEF_LIMITS.notes, lang)),
  ]
    .filter(Boolean)
    .join(" ");
  return text ? { omitted: { rows: left, text } } : {};
}
