/**
 * Search over plain entries, ranked in three tiers:
 * 1. `exact`: the query is a name, alias, title or id of the record;
 * 2. `words`: every word of the query matches the record, in any order and
 *    across fields (whole words or prefixes; names of the records it refers
 *    to; dates; amounts);
 * 3. `fuzzy`: as 2, but some word matched only within an edit or two (tried
 *    for a word that no record spells so).
 * Within tiers 2 and 3, records that other records link to come before those
 * with no links; then by score (the field each word matched in: name, title,
 * date, amount, refs, text), then by links, then in input order.
 *
 * Nothing is indexed until a query needs it (or `prepare` is called in idle
 * time); then the names of every entry and the other fields of the entries of
 * the queried types are indexed, in chunks of a few thousand entries.
 */

import { ChunkedIndex, INDEX_BITS } from "./ChunkedIndex.js";
import type { EngineHit, EngineOptions, EngineResult } from "./EngineHit.js";
import { highlight, type MatchedTerms } from "./highlight.js";
import { queryTerms } from "./queryTerms.js";
import {
  DATE,
  FIELDS,
  POSTING_MASK,
  POSTING_SHIFT,
  REF_WEIGHT,
  type SearchEntry,
  type SearchSource,
  TITLE,
  WEIGHTS,
} from "./SearchEntry.js";
import { smallest } from "./smallest.js";

export type { EngineHit, EngineOptions, EngineResult, SearchTier } from "./EngineHit.js";

/** Whether ascending `list` holds `value` (a binary search). */
function sortedHas(list: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = list[mid] as number;
    if (at === value) return true;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const LINK_CAP = 1023;
/**
 * An entry's accumulators (see `#state`): `Slot.Size` numbers of 4 bytes each,
 * at these places (`TermBest` and `Sum` are floats).
 */
enum Slot {
  TermStamp = 0,
  TermBest = 1,
  TermFlags = 2,
  QueryStamp = 3,
  /** How many of the query's terms the entry matched. */
  Matched = 4,
  Plain = 5,
  InName = 6,
  Sum = 7,
  Size = 8,
}
/** Hits kept of a short query's ranking: pages past them are ranked anew. */
const SHORT_DEPTH = 200;
/**
 * Short queries ranked ahead by `prepare` on a dataset of `SHORT_FROM`
 * entries or more (on a smaller one they take a few milliseconds anyway):
 * the one-character starts of the most words, then the two-character ones
 * (the first keystrokes of a search).
 */
const SHORT_FROM = 4096;
const SHORT_STARTS = [
  [1, 48],
  [2, 160],
] as const;
/**
 * Then the three- and four-character starts whose words reach the most
 * postings (a name's with its referrers'), at least `HEAVY_REACH`: on a large
 * dataset such a word ("kim", "park") matches tens of thousands of records,
 * and ranking them takes longer than a frame or two.
 */
const HEAVY_LENGTHS = [3, 4];
const HEAVY_REACH = 40_000;
const HEAVY_MAX = 64;

/** A short query's ranking (one or two characters), kept: many records match such queries' words. */
interface Ranked {
  readonly total: number;
  /** The best `SHORT_DEPTH` entries, in order, with their scores and whether each is exact. */
  readonly entries: Int32Array;
  readonly scores: Float64Array;
  readonly exact: Uint8Array;
  readonly terms: MatchedTerms;
}

export class SearchEngine {
  readonly #index: ChunkedIndex;
  readonly #verifyFactor: number;
  readonly #heavyReach: number;
  /**
   * Per-entry accumulators, reused, side by side (`Slot.Size` numbers an entry,
   * so that a query reaching an entry reads one cache line): a term's best
   * value and flags, the query's running sums. Its floats are read through
   * `#stateFloats`, over the same memory.
   */
  #state = new Int32Array(0);
  #stateFloats = new Float32Array(0);
  // Entry lists of a query (one more than the entries: an id match joins the candidates).
  #touched = new Int32Array(0);
  #alive = new Int32Array(0);
  #keys = new Float64Array(0);
  #touchedCount = 0;
  #aliveCount = 0;
  // The named entries a word matched (by its names' postings): which, and each one's best match.
  #named = new Int32Array(0);
  #namedCount = 0;
  #namedStamp = new Int32Array(0);
  #namedQuality = new Float64Array(0);
  #namedPlain = new Uint8Array(0);
  // The query being answered: the types it counts, and the term being matched (its stamp and place).
  #allowed = new Uint8Array(0);
  #typeOf = new Uint8Array(0);
  #gen = 0;
  #termIndex = 0;
  #termGen = 0;
  #queryGen = 0;
  /** Rankings of short queries (by query and types), once the index is complete. */
  readonly #short = new Map<string, Ranked>();
  /** Short queries `prepare` has still to rank (`undefined` until it gets there). */
  #starts: string[] | undefined;
  /** Longer starts ranked ahead too (see `HEAVY_REACH`). */
  #heavy = new Set<string>();

  /**
   * Over entries given all at once, or one at a time as indexing needs them.
   * (`tuning.verify`, for tests: when a later word of a query would walk more
   * than this many referrers per remaining candidate, the candidates' refs are
   * checked one by one instead; default 4. `tuning.heavy`, for tests: the
   * postings a longer start must reach to be ranked ahead; default
   * `HEAVY_REACH`.)
   */
  constructor(
    entries: readonly SearchEntry[] | SearchSource,
    tuning: { verify?: number; heavy?: number } = {},
  ) {
    this.#verifyFactor = tuning.verify ?? 4;
    this.#heavyReach = tuning.heavy ?? HEAVY_REACH;
    this.#index = new ChunkedIndex(entries);
  }

  /** Records matching `query`, best first, one page (`offset`, `limit`) with the total. */
  search(query: string, options: EngineOptions = {}): EngineResult {
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const limit = Math.max(0, Math.floor(options.limit ?? 20));
    const { terms, tokens } = queryTerms(query);
    if (terms.length === 0) return { total: 0, hits: [] };
    const shortKey =
      terms.length === 1 &&
      tokens.length === 1 &&
      ((tokens[0] as string).length <= 2 || this.#heavy.has(tokens[0] as string)) &&
      this.#index.complete
        ? `${tokens[0]}\u0000${options.types ? [...options.types].sort().join(",") : ""}`
        : undefined;
    const known = shortKey === undefined ? undefined : this.#short.get(shortKey);
    if (known && (offset + limit <= known.entries.length || known.total === known.entries.length)) {
      const hits: EngineHit[] = [];
      const to = Math.min(known.entries.length, offset + limit);
      for (let k = offset; k < to; k++) {
        hits.push(
          this.#hit(
            known.entries[k] as number,
            known.scores[k] as number,
            known.exact[k] === 1,
            known.terms,
          ),
        );
      }
      return { total: known.total, hits };
    }
    const index = this.#index;
    const typeCodes = index.typeCodes();
    this.#allocate(index.size);
    const allowed = new Uint8Array(typeCodes.size);
    for (const [type, code] of typeCodes) {
      if (!options.types || options.types.includes(type)) allowed[code] = 1;
    }
    const { names, parts } = index.parts(allowed);
    this.#allowed = allowed;
    this.#typeOf = index.typeOf;
    const queryGen = ++this.#queryGen;
    const words = new Map<string, number>();
    const amounts = new Set<number>();
    const dates: [number, number][] = [];
    /** Named records (of any word) that others refer to, for marking the referrers' hits. */
    const referred: number[] = [];

    // The most selective terms first: later terms then only narrow the candidates.
    const planned = index.plan(terms, names, parts);
    for (let i = 0; i < planned.length; i++) {
      const { term, matches } = planned[i] as (typeof planned)[number];
      this.#gen = ++this.#termGen;
      this.#termIndex = i;
      this.#touchedCount = 0;
      if (term.kind === "word") {
        // Named records matching the word (each with its best match), whose
        // referrers match it too; and postings of the other fields.
        this.#namedCount = 0;
        for (const [id, quality, plainMatch, token] of matches) {
          words.set(
            token,
            Math.max(
              words.get(token) ?? 0,
              quality === 1 || !plainMatch ? token.length : term.token.length,
            ),
          );
          for (const part of names) this.#name(part.list(id), quality, plainMatch);
        }
        const named = this.#named;
        const namedQuality = this.#namedQuality;
        const namedPlain = this.#namedPlain;
        const referrers: [list: readonly number[], quality: number, plainMatch: boolean][] = [];
        let fanOut = 0;
        for (let k = 0; k < this.#namedCount; k++) {
          const entry = named[k] as number;
          const quality = namedQuality[entry] as number;
          const plainMatch = namedPlain[entry] === 1;
          const list = index.referrers(entry);
          if (list) {
            referrers.push([list, quality, plainMatch]);
            fanOut += list.length;
            referred.push(entry);
          }
          this.#reach(entry, quality, plainMatch ? (quality === 1 ? 3 : 1) : 0);
        }
        for (const [id, quality, plainMatch] of matches)
          for (const part of parts) this.#walk(part.list(id), quality, plainMatch);
        if (i > 0 && this.#aliveCount * this.#verifyFactor < fanOut) {
          // Few candidates left: look at each one's refs instead of every referrer.
          const alive = this.#alive;
          for (let k = 0; k < this.#aliveCount; k++) this.#verifyRefs(alive[k] as number);
        } else {
          for (const [list, quality, plainMatch] of referrers)
            this.#walk(list, quality, plainMatch);
        }
      } else {
        const asDate = term.kind === "date" || (term.kind === "number" && term.year);
        if (term.kind !== "date") {
          amounts.add(term.value);
          for (const part of [...names, ...parts]) this.#walk(part.amount(term.value), 1, true);
        }
        if (asDate) {
          const start = term.kind === "date" ? term.start : term.value * 10000 + 101;
          const end = term.kind === "date" ? term.end : term.value * 10000 + 1231;
          dates.push([start, end]);
          const weight = WEIGHTS[DATE] as number;
          for (const part of parts)
            part.dated(start, end, (entry, within) =>
              this.#reach(entry, weight * (within ? 1 : 0.6), 1),
            );
        }
      }
      if (this.#settle(i) === 0) break;
    }
    const alive = this.#alive;
    let count = this.#aliveCount;

    // Exact: a name, title or id that is the query, word for word.
    const exact = new Set<number>();
    const sorted = [...tokens].sort().join(" ");
    const compact = tokens.join("");
    const state = this.#state;
    for (let k = 0; k < count; k++) {
      const entry = alive[k] as number;
      if (
        state[entry * Slot.Size + Slot.InName] === terms.length &&
        index.isNamed(entry, sorted, compact)
      )
        exact.add(entry);
    }
    const raw = query.trim();
    // Ids are one word with a hyphen, underscore, dot, colon or digit (a
    // plain word that is an id is a name too); only such queries build the id map.
    if (raw !== "" && !/\s/.test(raw) && /[-_.:\d]/.test(raw)) {
      const e = index.ids().get(raw);
      if (e !== undefined && allowed[index.typeOf[e] as number]) {
        if (!exact.has(e) && !alive.subarray(0, count).includes(e)) alive[count++] = e;
        exact.add(e);
      }
    }

    const keys = this.#rank(count, terms.length, exact, queryGen);
    const depth = shortKey === undefined ? 0 : Math.min(count, SHORT_DEPTH);
    smallest(keys, Math.min(count, Math.max(offset + limit, depth)));
    /** The named records others refer to, sorted: when a hit is first marked. */
    let named: Int32Array | undefined;
    const matchedTerms: MatchedTerms = {
      words,
      amounts,
      dates,
      // A short query's words name thousands of records: they are looked up
      // by entry in a sorted list, not gathered in a map by id.
      entity: (id) => {
        const entry = index.ids().get(id);
        if (entry === undefined) return undefined;
        named ??= Int32Array.from(referred).sort();
        return sortedHas(named, entry) ? index.entry(entry) : undefined;
      },
    };
    const scoreOf = (entry: number) => this.#score(entry, terms.length, exact, queryGen);
    if (shortKey !== undefined) {
      const entries = new Int32Array(depth);
      const kept = new Float64Array(depth);
      const exactly = new Uint8Array(depth);
      for (let k = 0; k < depth; k++) {
        const entry = (keys[k] as number) % INDEX_BITS;
        entries[k] = entry;
        kept[k] = scoreOf(entry);
        exactly[k] = exact.has(entry) ? 1 : 0;
      }
      this.#short.set(shortKey, {
        total: count,
        entries,
        scores: kept,
        exact: exactly,
        terms: matchedTerms,
      });
    }
    const hits: EngineHit[] = [];
    for (let k = offset; k < Math.min(count, offset + limit); k++) {
      const entry = (keys[k] as number) % INDEX_BITS;
      hits.push(this.#hit(entry, scoreOf(entry), exact.has(entry), matchedTerms));
    }
    return { total: count, hits };
  }

  // The steps of a query that walk many entries, each a method of its own, so
  // that each is compiled for the few kinds of values it sees.

  /**
   * Entry `entry` reached by the term being matched, with a value and flags
   * (1 matched without fuzziness, 2 matched a whole word of a name or title).
   */
  #reach(entry: number, value: number, flags: number): void {
    if (!this.#allowed[this.#typeOf[entry] as number]) return;
    const state = this.#state;
    const floats = this.#stateFloats;
    const at = entry * Slot.Size;
    // After the first term, only entries that matched every term so far count.
    const termIndex = this.#termIndex;
    if (
      termIndex > 0 &&
      (state[at + Slot.QueryStamp] !== this.#queryGen || state[at + Slot.Matched] !== termIndex)
    )
      return;
    if (state[at + Slot.TermStamp] !== this.#gen) {
      state[at + Slot.TermStamp] = this.#gen;
      floats[at + Slot.TermBest] = value;
      state[at + Slot.TermFlags] = flags;
      this.#touched[this.#touchedCount++] = entry;
    } else {
      if (value > (floats[at + Slot.TermBest] as number)) floats[at + Slot.TermBest] = value;
      state[at + Slot.TermFlags] = (state[at + Slot.TermFlags] as number) | flags;
    }
  }

  /** A posting (`entry * FIELDS + field`) of a word matched with `quality`. */
  #posting(p: number, quality: number, plainMatch: boolean): void {
    const field = p & POSTING_MASK;
    this.#reach(
      p >>> POSTING_SHIFT,
      (field < 5 ? (WEIGHTS[field] as number) : REF_WEIGHT) * quality,
      (plainMatch ? 1 : 0) | (plainMatch && quality === 1 && field <= TITLE ? 2 : 0),
    );
  }

  /** Matches one entry's refs against the named entries the word matched, as the referrers' postings would. */
  #verifyRefs(entry: number): void {
    const refs = this.#index.refEntries(entry);
    const gen = this.#gen;
    const stamp = this.#namedStamp;
    for (let k = 0; k < refs.length; k++) {
      const ref = refs[k] as number;
      const referred = ref >>> POSTING_SHIFT;
      if (stamp[referred] !== gen) continue;
      this.#posting(
        entry * FIELDS + (ref & POSTING_MASK),
        this.#namedQuality[referred] as number,
        this.#namedPlain[referred] === 1,
      );
    }
  }

  /** Named entries (postings of a names part) of a word matched with `quality`: each keeps its best match. */
  #name(list: Int32Array, quality: number, plainMatch: boolean): void {
    const gen = this.#gen;
    const stamp = this.#namedStamp;
    const best = this.#namedQuality;
    for (let k = 0; k < list.length; k++) {
      const entry = (list[k] as number) >>> POSTING_SHIFT;
      if (stamp[entry] !== gen) {
        stamp[entry] = gen;
        best[entry] = quality;
        this.#namedPlain[entry] = plainMatch ? 1 : 0;
        this.#named[this.#namedCount++] = entry;
      } else if (quality > (best[entry] as number)) {
        best[entry] = quality;
        this.#namedPlain[entry] = plainMatch ? 1 : 0;
      }
    }
  }

  #walk(list: ArrayLike<number>, quality: number, plainMatch: boolean): void {
    for (let k = 0; k < list.length; k++) this.#posting(list[k] as number, quality, plainMatch);
  }

  /** The entries term `i` reached that matched every term before it go on, with their sums; how many. */
  #settle(i: number): number {
    const state = this.#state;
    const floats = this.#stateFloats;
    const touched = this.#touched;
    const alive = this.#alive;
    const queryGen = this.#queryGen;
    const first = i === 0;
    let count = 0;
    for (let k = 0; k < this.#touchedCount; k++) {
      const entry = touched[k] as number;
      const at = entry * Slot.Size;
      const before =
        state[at + Slot.QueryStamp] === queryGen ? (state[at + Slot.Matched] as number) : 0;
      if (before !== i) continue;
      state[at + Slot.QueryStamp] = queryGen;
      state[at + Slot.Matched] = i + 1;
      const flags = state[at + Slot.TermFlags] as number;
      floats[at + Slot.Sum] =
        (first ? 0 : (floats[at + Slot.Sum] as number)) + (floats[at + Slot.TermBest] as number);
      state[at + Slot.Plain] = (first ? 0 : (state[at + Slot.Plain] as number)) + (flags & 1);
      state[at + Slot.InName] =
        (first ? 0 : (state[at + Slot.InName] as number)) + ((flags >> 1) & 1);
      alive[count++] = entry;
    }
    this.#aliveCount = count;
    return count;
  }

  /** A candidate's score: 1 for an exact match, else by fuzziness, links and how well its words matched. */
  #score(entry: number, n: number, exact: ReadonlySet<number>, queryGen: number): number {
    if (exact.has(entry)) return 1;
    const at = entry * Slot.Size;
    const state = this.#state;
    const mean =
      state[at + Slot.QueryStamp] === queryGen
        ? Math.min(1, (this.#stateFloats[at + Slot.Sum] as number) / n)
        : 0;
    const fuzzy = (state[at + Slot.Plain] as number) < n;
    const score =
      (fuzzy ? 0 : 0.5) + ((this.#index.links[entry] as number) > 0 ? 0.25 : 0) + 0.24 * mean;
    return Math.round(score * 1e6) / 1e6;
  }

  /** Sort keys of the first `count` candidates: by score, then links, then entry. */
  #rank(count: number, n: number, exact: ReadonlySet<number>, queryGen: number): Float64Array {
    const keys = this.#keys.subarray(0, count);
    const alive = this.#alive;
    const linksOf = this.#index.links;
    for (let k = 0; k < count; k++) {
      const entry = alive[k] as number;
      const links = linksOf[entry] as number;
      const score = this.#score(entry, n, exact, queryGen);
      keys[k] =
        ((1e6 - score * 1e6) * (LINK_CAP + 1) + (LINK_CAP - Math.min(links, LINK_CAP))) *
          INDEX_BITS +
        entry;
    }
    return keys;
  }

  /** A hit: the entry's record with what matched in it. */
  #hit(entry: number, score: number, exact: boolean, terms: MatchedTerms): EngineHit {
    const record = this.#index.entry(entry);
    const matches = highlight(record, terms);
    const first = matches[0];
    return {
      type: record.type,
      id: record.id,
      score,
      tier: exact ? "exact" : score >= 0.5 ? "words" : "fuzzy",
      field: first?.field ?? "id",
      text: first?.text ?? record.id,
      ranges: first?.ranges ?? [[0, record.id.length]],
      matches,
    };
  }

  /**
   * Indexes ahead of queries, for about `budget` milliseconds (all of it by
   * default): call it in idle time, a slice at a time, so that the first
   * query finds the index built. Returns `true` once everything is indexed.
   */
  prepare(budget = Number.POSITIVE_INFINITY): boolean {
    const start = performance.now();
    // With nothing left to build, this call's one step is a query's.
    let first = this.#index.complete;
    if (!this.#index.prepare(budget)) return false;
    // Then each entry's refs, which a query's later words check candidates against.
    if (!this.#index.forwardReady) {
      if (!first && performance.now() - start >= budget) return false;
      first = false;
      this.#index.forwardRefs();
    }
    // Then the short queries (the first keystrokes of every search), the
    // commonest first, one a step: each matches a good part of the records.
    if (!this.#starts) {
      const large = this.#index.size >= SHORT_FROM;
      this.#heavy = new Set(
        large ? this.#index.heavyStarts(HEAVY_LENGTHS, this.#heavyReach, HEAVY_MAX) : [],
      );
      this.#starts = large
        ? [
            ...SHORT_STARTS.flatMap(([length, max]) => this.#index.commonStarts(length, max)),
            ...this.#heavy,
          ]
        : [];
    }
    while (this.#starts.length > 0) {
      if (!first && performance.now() - start >= budget) return false;
      first = false;
      this.search(this.#starts.shift() as string, { limit: 0 });
    }
    return true;
  }

  /** The per-entry accumulators, on the first query. */
  #allocate(n: number): void {
    if (this.#touched.length === n + 1) return;
    this.#state = new Int32Array(n * Slot.Size);
    this.#stateFloats = new Float32Array(this.#state.buffer);
    this.#touched = new Int32Array(n + 1);
    this.#alive = new Int32Array(n + 1);
    this.#keys = new Float64Array(n + 1);
    this.#named = new Int32Array(n);
    this.#namedStamp = new Int32Array(n);
    this.#namedQuality = new Float64Array(n);
    this.#namedPlain = new Uint8Array(n);
  }
}
