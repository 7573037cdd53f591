/**
 * Which fields of a hit matched the query, and the character ranges to mark
 * in each (fzf style): a prefix match marks the typed part, a whole or fuzzy
 * match the whole word, an amount its number and scale word.
 */
import { amountKey, scaleWord, tokenAmount } from "./amounts.js";
import { recordInterval } from "./dateTerms.js";
import { FIELD_NAMES, REF_WEIGHT, type SearchEntry, WEIGHTS } from "./SearchEntry.js";
import { tokenSpans } from "./tokenize.js";

export type Range = readonly [start: number, end: number];

/** One field of a hit that matched: its text and the ranges to mark in it. */
export interface SearchMatch {
  /** `name`, `title`, `text`, `date`, `amount`, or a ref field (`participants`…). */
  readonly field: string;
  readonly text: string;
  readonly ranges: readonly Range[];
}

/** What a query matched, for marking. */
export interface MatchedTerms {
  /** Words of the index that matched, with how many of their characters to mark (prefix). */
  readonly words: ReadonlyMap<string, number>;
  readonly amounts: ReadonlySet<number>;
  /** Date intervals queried (`yyyymmdd`). */
  readonly dates: readonly (readonly [number, number])[];
  /** A referred record whose names matched, by its id (`undefined` for any other id). */
  readonly entity: (id: string) => SearchEntry | undefined;
}

/** The word spans of texts highlighted lately: typing asks for the same hits' texts again. */
const recentSpans = new Map<string, ReturnType<typeof tokenSpans>>();
const RECENT = 4096;

function spansOf(text: string): ReturnType<typeof tokenSpans> {
  let spans = recentSpans.get(text);
  if (!spans) {
    spans = tokenSpans(text);
    if (recentSpans.size >= RECENT) recentSpans.delete(recentSpans.keys().next().value as string);
    recentSpans.set(text, spans);
  }
  return spans;
}

function rangesIn(text: string, terms: MatchedTerms): Range[] {
  const ranges: Range[] = [];
  const spans = spansOf(text);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as (typeof spans)[number];
    const marked = terms.words.get(span.token);
    if (marked !== undefined) {
      const whole = marked >= span.token.length || span.end - span.start !== span.token.length;
      ranges.push([span.start, whole ? span.end : span.start + marked]);
      continue;
    }
    const value = tokenAmount(span.token);
    if (value === undefined) continue;
    const next = spans[i + 1];
    const scale = next && scaleWord(next.token);
    if (next && scale !== undefined && terms.amounts.has(amountKey(value * scale))) {
      ranges.push([span.start, next.end]);
      i++;
    } else if (terms.amounts.has(value)) ranges.push([span.start, span.end]);
  }
  return ranges;
}

function best(texts: readonly string[] | undefined, terms: MatchedTerms) {
  let found: { text: string; ranges: Range[] } | undefined;
  for (const text of texts ?? []) {
    const ranges = rangesIn(text, terms);
    if (ranges.length > (found?.ranges.length ?? 0)) found = { text, ranges };
  }
  return found;
}

/** The matched fields of `entry`, the most telling first. */
export function highlight(entry: SearchEntry, terms: MatchedTerms): SearchMatch[] {
  const found: { weight: number; match: SearchMatch }[] = [];
  const own = [entry.names, entry.titles, entry.texts];
  for (let code = 0; code < own.length; code++) {
    const match = best(own[code], terms);
    if (match)
      found.push({
        weight: WEIGHTS[code] as number,
        match: { field: FIELD_NAMES[code] as string, ...match },
      });
  }
  for (const value of entry.amounts ?? []) {
    if (!terms.amounts.has(amountKey(value))) continue;
    const text = String(value);
    found.push({
      weight: WEIGHTS[3] as number,
      match: { field: "amount", text, ranges: [[0, text.length]] },
    });
    break;
  }
  const interval = entry.date && recordInterval(entry.date);
  if (
    entry.date &&
    interval &&
    terms.dates.some(([s, e]) => interval.start <= e && interval.end >= s)
  ) {
    const text = entry.date.end ? `${entry.date.value}/${entry.date.end}` : entry.date.value;
    found.push({
      weight: WEIGHTS[4] as number,
      match: { field: "date", text, ranges: [[0, text.length]] },
    });
  }
  for (const field in entry.refs ?? {}) {
    for (const id of entry.refs?.[field] ?? []) {
      const referred = terms.entity(id);
      const match = referred && best(referred.names, terms);
      if (match) {
        found.push({ weight: REF_WEIGHT, match: { field, ...match } });
        break;
      }
    }
  }
  // A stable sort: equal weights keep the order above.
  return found.sort((a, b) => b.weight - a.weight).map((f) => f.match);
}
