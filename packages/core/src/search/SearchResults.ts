/** The types of search options and results. */
import type { AnyId, IdMap, LabelLanguage, RecordType } from "@korea-relations/model";

export interface SearchOptions {
  /** Only these record types (singular names: `person`, `event`…). */
  readonly types?: readonly RecordType[];
  /** At most this many hits (default 20). */
  readonly limit?: number;
  /** Skip this many hits first, to page (default 0). */
  readonly offset?: number;
  /** Language of labels (default `en`). */
  readonly lang?: LabelLanguage;
}

/** The keys a `SearchOptions` may have. */
export const SEARCH_OPTION_KEYS = [
  "types",
  "limit",
  "offset",
  "lang",
] as const satisfies readonly (keyof SearchOptions)[];

/** How a hit matched: its exact name, id or title; all words; or fuzzily. */
export type SearchTier = "exact" | "words" | "fuzzy";

/** One search result. */
export interface SearchHit<I extends IdMap = IdMap> {
  readonly type: RecordType;
  readonly id: AnyId<I>;
  /** The record's label in the requested language. */
  readonly label: string;
  readonly tier: SearchTier;
  /** 0–1, 1 best. */
  readonly score: number;
  /**
   * The most telling field that matched: `name`, `title`, `text`, `amount`,
   * `date`, or a relation whose record's name matched (`participants`, `place`…).
   */
  readonly field: string;
  /** That field's text as matched (a name, a title, a summary, a linked record's name). */
  readonly text: string;
  /** Matched character ranges `[start, end)` in `text`, for highlighting. */
  readonly ranges: readonly (readonly [start: number, end: number])[];
}

/** A page of search results. */
export interface SearchResults<I extends IdMap = IdMap> {
  /** How many records match in all. */
  readonly total: number;
  /** Index of the first hit in all results. */
  readonly offset: number;
  readonly hits: readonly SearchHit<I>[];
}
