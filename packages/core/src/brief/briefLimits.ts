/** How much of a large dataset a brief shows, and the helpers that keep to it. */
import type { LabelLanguage } from "@korea-relations/model";
import { numberWords } from "../numberWords.js";
import type { Line } from "./BriefTypes.js";
import type { BriefWords } from "./briefWords.js";

/**
 * How much of a large dataset a brief shows, so that a brief of 100,000
 * events stays a document one can read, print and draw at once: each section
 * shows at most `rows` rows (the most recent; sources: those most of its
 * records cite), and a row counting more than `notes` records (a count at a
 * glance, a year of the barometer) cites the `notes` most recent of them. A
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

/** The last `limit` items (the most recent, where items run oldest first), and how many are left out. */
export function lastOf<T>(
  items: readonly T[],
  limit: number,
): { kept: readonly T[]; left: number } {
  return items.length <= limit
    ? { kept: items, left: 0 }
    : { kept: items.slice(items.length - limit), left: items.length - limit };
}

/** The `limit` items ranked highest by `rank` (ties: the later), in their own order. */
export function topOf<T>(
  items: readonly T[],
  limit: number,
  rank: (item: T, index: number) => number,
): { kept: readonly T[]; left: number } {
  if (items.length <= limit) return { kept: items, left: 0 };
  const order = items.map((item, i) => [rank(item, i), i] as const);
  order.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  const keep = new Set(order.slice(0, limit).map(([, i]) => i));
  return { kept: items.filter((_, i) => keep.has(i)), left: items.length - limit };
}

/**
 * The `omitted` of a section, to spread into it: how many rows it leaves
 * out, and the sentences saying so (and that its counts cite the most recent
 * records, where one does); nothing where it shows and cites everything.
 */
export function omittedOf(
  ctx: { readonly words: BriefWords; readonly lang: LabelLanguage },
  left: number,
  lines: readonly Line[],
  kind: "rows" | "sources" = "rows",
): { omitted?: { rows: number; text: string } } {
  const { words, lang } = ctx;
  const uncited = lines.some((line) => line.uncited !== undefined);
  if (left === 0 && !uncited) return {};
  const text = [
    left === 0
      ? ""
      : words.omitted[kind](
          numberWords(left, lang),
          left === 1,
          numberWords(BRIEF_LIMITS.rows, lang),
        ),
    uncited ? words.omitted.notes(numberWords(BRIEF_LIMITS.notes, lang)) : "",
  ];
  return { omitted: { rows: left, text: text.filter(Boolean).join(" ") } };
}
