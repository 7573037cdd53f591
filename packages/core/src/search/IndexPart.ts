/**
 * The index of a part of the entries (one record type, or every entry's
 * names): postings of words by field, amounts, dates and the references held.
 * Built in one pass with typed arrays; the engine builds a part on the first
 * query that needs it.
 */
import { bucketed } from "../bucketed.js";
import { amountKey, scaleWord, tokenAmount } from "./amounts.js";
import { recordInterval } from "./dateTerms.js";
import { AMOUNT, FIELDS, FIRST_REF, NAME, type SearchEntry, TEXT, TITLE } from "./SearchEntry.js";
import type { TokenDictionary } from "./TokenDictionary.js";
import { eachToken, NUMBER } from "./tokenize.js";

/** Spans longer than this (in `yyyymmdd` steps, about a month) are kept apart for date queries. */
const SHORT_SPAN = 100;
/** Members per part at most (2^22), for packing a date and a position in one number. */
const POSITIONS = 4_194_304;

/** Entries with dates, sorted by start: entry, first and last day (`yyyymmdd`). */
type Dated = readonly [entry: Int32Array, start: Int32Array, end: Int32Array];

/** What a part holds, as built or merged. */
interface Contents {
  /** Postings of token `t`: `posts[starts[t]]` up to `posts[starts[t + 1]]`. */
  readonly starts: Int32Array;
  readonly posts: Int32Array;
  readonly amounts: Map<number, number[]>;
  /** Entries with a date of at most a month; and the rest. */
  readonly dated: Dated;
  readonly long: Dated;
}

/** Sorts dated entries by start (then entry): the `at`-th of `entries` starts at `starts[at]`. */
function byStart(
  entries: ArrayLike<number>,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
): Dated {
  const keys = new Float64Array(entries.length);
  for (let at = 0; at < keys.length; at++) keys[at] = (starts[at] as number) * POSITIONS + at;
  keys.sort();
  const entry = new Int32Array(keys.length);
  const start = new Int32Array(keys.length);
  const end = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    const at = key % POSITIONS;
    entry[i] = entries[at] as number;
    start[i] = (key - at) / POSITIONS;
    end[i] = ends[at] as number;
  }
  return [entry, start, end];
}

export class IndexPart {
  readonly #starts: Int32Array;
  readonly #posts: Int32Array;
  readonly #amounts: Map<number, number[]>;
  readonly #dated: Int32Array;
  readonly #datedStart: Int32Array;
  readonly #datedEnd: Int32Array;
  readonly #long: Int32Array;
  readonly #longStart: Int32Array;
  readonly #longEnd: Int32Array;

  private constructor(contents: Contents) {
    this.#starts = contents.starts;
    this.#posts = contents.posts;
    this.#amounts = contents.amounts;
    [this.#dated, this.#datedStart, this.#datedEnd] = contents.dated;
    [this.#long, this.#longStart, this.#longEnd] = contents.long;
  }

  /** Whether the part holds nothing. */
  get empty(): boolean {
    return (
      this.#posts.length === 0 &&
      this.#amounts.size === 0 &&
      this.#dated.length === 0 &&
      this.#long.length === 0
    );
  }

  /**
   * One part of many, merged (parts of entries in ascending order, over the
   * same dictionary): what a type's chunks become once all are built.
   */
  static merge(parts: readonly IndexPart[]): IndexPart {
    let size = 0;
    let total = 0;
    for (const part of parts) {
      size = Math.max(size, part.#starts.length - 1);
      total += part.#posts.length;
    }
    const starts = new Int32Array(size + 1);
    const posts = new Int32Array(total);
    let write = 0;
    // Word by word, each part's postings in turn: copied one by one (most
    // words have none or a few in a part, where a view per copy costs more).
    const partStarts = parts.map((part) => part.#starts);
    const partPosts = parts.map((part) => part.#posts);
    for (let t = 0; t < size; t++) {
      starts[t] = write;
      for (let p = 0; p < partStarts.length; p++) {
        const from = partStarts[p] as Int32Array;
        if (t + 1 >= from.length) continue;
        const source = partPosts[p] as Int32Array;
        for (let i = from[t] as number, end = from[t + 1] as number; i < end; i++) {
          posts[write++] = source[i] as number;
        }
      }
    }
    starts[size] = write;
    const amounts = new Map<number, number[]>();
    for (const part of parts) {
      for (const [value, list] of part.#amounts) {
        const known = amounts.get(value);
        if (known) known.push(...list);
        else amounts.set(value, [...list]);
      }
    }
    const join = (pick: (part: IndexPart) => readonly [Int32Array, Int32Array, Int32Array]) => {
      const all = parts.map(pick);
      const concat = (k: 0 | 1 | 2) => {
        const out = new Int32Array(all.reduce((n, d) => n + d[k].length, 0));
        let at = 0;
        for (const d of all) {
          out.set(d[k], at);
          at += d[k].length;
        }
        return out;
      };
      return byStart(concat(0), concat(1), concat(2));
    };
    return new IndexPart({
      starts,
      posts,
      amounts,
      dated: join((part) => [part.#dated, part.#datedStart, part.#datedEnd]),
      long: join((part) => [part.#long, part.#longStart, part.#longEnd]),
    });
  }

  /**
   * Indexes `members` (indices of entries): their names only (`names`
   * true) or everything else they hold.
   */
  static build(
    entryAt: (index: number) => SearchEntry,
    members: readonly number[],
    names: boolean,
    dictionary: TokenDictionary,
    refCodes: Map<string, number>,
    /** Ids of referred records → postings of the entries referring to them (shared by all parts). */
    refs: Map<string, number[]>,
    /** By entry: the lengths of its names' and titles' words run together, as bits (mod 32). */
    namedLengths: Int32Array,
  ): IndexPart {
    let tokens: Int32Array = new Int32Array(1024);
    let posts: Int32Array = new Int32Array(1024);
    let count = 0;
    let post = 0;
    const amounts = new Map<number, number[]>();
    const addAmount = (value: number, posting: number) => {
      const list = amounts.get(value);
      if (list === undefined) amounts.set(value, [posting]);
      else if (list[list.length - 1] !== posting) list.push(posting);
    };
    let previousAmount: number | undefined;
    const sink = (token: string) => {
      const first = token.charCodeAt(0);
      if (first >= 48 && first <= 57 && NUMBER.test(token)) {
        previousAmount = Number(token);
        addAmount(previousAmount, post);
        return;
      }
      if (count === tokens.length) {
        tokens = grow(tokens);
        posts = grow(posts);
      }
      tokens[count] = dictionary.add(token);
      posts[count++] = post;
      if (previousAmount !== undefined) {
        const scale = scaleWord(token);
        if (scale !== undefined) addAmount(amountKey(previousAmount * scale), post);
        previousAmount = undefined;
      } else if (first >= 48 && first <= 57) {
        const value = tokenAmount(token);
        if (value !== undefined) addAmount(value, post);
      }
    };
    const field = (texts: readonly string[] | undefined, code: number, index: number) => {
      if (!texts) return;
      post = index * FIELDS + code;
      for (const text of texts) {
        previousAmount = undefined;
        eachToken(text, sink);
      }
    };
    /** Names and titles: their words' length run together, too. */
    let runLength = 0;
    const named = (token: string) => {
      runLength += token.length;
      sink(token);
    };
    const nameField = (texts: readonly string[] | undefined, code: number, index: number) => {
      if (!texts) return;
      post = index * FIELDS + code;
      let lengths = 0;
      for (const text of texts) {
        previousAmount = undefined;
        runLength = 0;
        eachToken(text, named);
        lengths |= 1 << (runLength & 31);
      }
      namedLengths[index] = (namedLengths[index] as number) | lengths;
    };
    // Dates: entries, starts and ends, short and long apart.
    const short: [number[], number[], number[]] = [[], [], []];
    const long: [number[], number[], number[]] = [[], [], []];
    for (let position = 0; position < members.length; position++) {
      const index = members[position] as number;
      const entry = entryAt(index);
      if (names) {
        nameField(entry.names, NAME, index);
        continue;
      }
      nameField(entry.titles, TITLE, index);
      field(entry.texts, TEXT, index);
      for (const value of entry.amounts ?? []) addAmount(amountKey(value), index * FIELDS + AMOUNT);
      const interval = entry.date && recordInterval(entry.date);
      if (interval) {
        const list = interval.end - interval.start > SHORT_SPAN ? long : short;
        list[0].push(index);
        list[1].push(interval.start);
        list[2].push(interval.end);
      }
      if (entry.refs) {
        for (const name in entry.refs) {
          let code = refCodes.get(name);
          if (code === undefined) {
            code = Math.min(FIRST_REF + refCodes.size, FIELDS - 1);
            refCodes.set(name, code);
          }
          for (const id of entry.refs[name] ?? []) {
            const list = refs.get(id);
            const posting = index * FIELDS + code;
            if (list === undefined) refs.set(id, [posting]);
            else if (list[list.length - 1] !== posting) list.push(posting);
          }
        }
      }
    }
    // Postings by token (counting sort), each list in entry order without repeats.
    const size = dictionary.size;
    const {
      from: offsets,
      to: fill,
      values: sorted,
    } = bucketed(tokens.subarray(0, count), posts.subarray(0, count), size);
    // Close the gaps left by repeats.
    let write = 0;
    const starts2 = new Int32Array(size + 1);
    for (let t = 0; t < size; t++) {
      starts2[t] = write;
      for (let i = offsets[t] as number; i < (fill[t] as number); i++)
        sorted[write++] = sorted[i] as number;
    }
    starts2[size] = write;
    return new IndexPart({
      starts: starts2,
      posts: sorted.slice(0, write),
      amounts,
      dated: byStart(...short),
      long: byStart(...long),
    });
  }

  /** How many postings token `id` has here. */
  count(id: number): number {
    return id + 1 < this.#starts.length
      ? (this.#starts[id + 1] as number) - (this.#starts[id] as number)
      : 0;
  }

  /** The postings (`entry * FIELDS + field`) of token `id`. */
  list(id: number): Int32Array {
    return id + 1 < this.#starts.length
      ? this.#posts.subarray(this.#starts[id] as number, this.#starts[id + 1] as number)
      : this.#posts.subarray(0, 0);
  }

  /** Postings of an amount (as `amountKey` gives it). */
  amount(value: number): readonly number[] {
    return this.#amounts.get(value) ?? [];
  }

  /**
   * Entries whose date overlaps `start`…`end` (`yyyymmdd`), each with
   * whether its date lies within the interval (`true`) or only overlaps it.
   */
  dated(start: number, end: number, each: (entry: number, within: boolean) => void): void {
    const from = lowerBound(this.#datedStart, start - SHORT_SPAN);
    for (let i = from; i < this.#dated.length; i++) {
      const s = this.#datedStart[i] as number;
      if (s > end) break;
      const e = this.#datedEnd[i] as number;
      if (e >= start) each(this.#dated[i] as number, s >= start && e <= end);
    }
    for (let i = 0; i < this.#long.length; i++) {
      const s = this.#longStart[i] as number;
      const e = this.#longEnd[i] as number;
      if (s <= end && e >= start) each(this.#long[i] as number, s >= start && e <= end);
    }
  }
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
