/**
 * What the search engine knows of a record: plain strings, ids and numbers,
 * so it can be built from any dataset without the rest of core.
 */

/** A date as the dataset writes it: partial ISO 8601, optionally a span. */
export interface SearchDate {
  readonly value: string;
  readonly end?: string;
}

export interface SearchEntry {
  /** Record type, e.g. `event`; `types` in a query filters by it. */
  readonly type: string;
  readonly id: string;
  /** Names, aliases and native names (and ids people type, like country codes). */
  readonly names?: readonly string[];
  /** Titles, one per language. */
  readonly titles?: readonly string[];
  /** Longer text: summaries, descriptions, a quote's words. */
  readonly texts?: readonly string[];
  /**
   * Ids of the records this one refers to, by field (`participants`,
   * `countries`, `place`, `topics`…). A word matching the names of a referred
   * record matches this one in that field.
   */
  readonly refs?: Readonly<Record<string, readonly string[]>>;
  /** The date the record is about (an event's, a quote's, a source's publication). */
  readonly date?: SearchDate;
  /** Amounts and quantities the record states (numbers in its text are found anyway). */
  readonly amounts?: readonly number[];
  /**
   * How many records link to this one. On a word or fuzzy match, a record
   * with no links ranks below every record with links.
   */
  readonly links?: number;
}

/**
 * Entries given one at a time, on demand: the engine asks for an entry when
 * it indexes its chunk, so building entries is spread like the indexing.
 */
export interface SearchSource {
  readonly length: number;
  /** The type of entry `index` (asked for every entry on the first query). */
  type(index: number): string;
  /** Entry `index`; asked for at most once. */
  entry(index: number): SearchEntry;
  /** How many records entry `index` is linked with (asked for every entry on the first query). */
  links(index: number): number;
}

/** Field codes of the index; refs take the codes from `FIRST_REF` on. */
export const NAME = 0;
export const TITLE = 1;
export const TEXT = 2;
export const AMOUNT = 3;
export const DATE = 4;
export const FIRST_REF = 5;
/** Postings pack an entry index and a field code as `entry * FIELDS + field`: the entry is the posting shifted right this far. */
export const POSTING_SHIFT = 5;
/** Field codes a posting holds (its low `POSTING_SHIFT` bits). */
export const FIELDS = 1 << POSTING_SHIFT;
/** A posting's field code: the posting `&` this. */
export const POSTING_MASK = FIELDS - 1;

/** How much a match in each field counts (0–1); every ref field counts as `REF`. */
export const WEIGHTS = [1, 0.9, 0.5, 0.8, 0.8];
export const REF_WEIGHT = 0.7;

/** Field names as hits report them. */
export const FIELD_NAMES = ["name", "title", "text", "amount", "date"];
