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
  NAME,
  REF_WEIGHT,
  type SearchEntry,
  type SearchSource,
  TITLE,
  WEIGHTS,
} from "./SearchEntry.js";
import { smallest } from "./smallest.js";

export type { EngineHit, EngineOptions, EngineResult, SearchTier } from "./EngineHit.js";

const LINK_CAP = 1023;
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
  // Per-entry accumulators, reused: a term's best value, the query's running sum.
  #termStamp = new Int32Array(0);
  #termBest = new Float32Array(0);
  #termFlags = new Uint8Array(0);
  #queryStamp = new Int32Array(0);
  #matched = new Uint16Array(0);
  #plain = new Uint16Array(0);
  #inName = new Uint16Array(0);
  #sum = new Float32Array(0);
  #score = new Float64Array(0);
  #termGen = 0;
  #queryGen = 0;
  /** Rankings of short queries (by query and types), once the index is complete. */
  readonly #short = new Map<string, Ranked>();
  /** Short queries `prepare` has still to rank (`undefined` until it gets there). */
  #starts: string[] | undefined;

  /**
   * Over entries given all at once, or one at a time as indexing needs them.
   * (`tuning.verify`, for tests: when a later word of a query would walk more
   * than this many referrers per remaining candidate, the candidates' refs are
   * checked one by one instead; default 4.)
   */
  constructor(entries: readonly SearchEntry[] | SearchSource, tuning: { verify?: number } = {}) {
    this.#verifyFactor = tuning.verify ?? 4;
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
      (tokens[0] as string).length <= 2 &&
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

    const entryAt = index.entry;
    const typeOf = index.typeOf;
    const termStamp = this.#termStamp;
    const termBest = this.#termBest;
    const termFlags = this.#termFlags;
    const queryStamp = this.#queryStamp;
    const matched = this.#matched;
    const plain = this.#plain;
    const inName = this.#inName;
    const sum = this.#sum;
    const queryGen = ++this.#queryGen;
    const words = new Map<string, number>();
    const amounts = new Set<number>();
    const dates: [number, number][] = [];
    const entities = new Map<string, SearchEntry>();
    let touched: number[] = [];
    let gen = 0;
    // flags: 1 matched without fuzziness, 2 matched a whole word of a name or title.
    let termIndex = 0;
    const add = (entry: number, value: number, flags: number) => {
      if (!allowed[typeOf[entry] as number]) return;
      // After the first term, only entries that matched every term so far count.
      if (
        termIndex > 0 &&
        (queryStamp[entry] !== queryGen || (matched[entry] as number) !== termIndex)
      )
        return;
      if (termStamp[entry] !== gen) {
        termStamp[entry] = gen;
        termBest[entry] = value;
        termFlags[entry] = flags;
        touched.push(entry);
      } else {
        if (value > (termBest[entry] as number)) termBest[entry] = value;
        termFlags[entry] = (termFlags[entry] as number) | flags;
      }
    };
    const posting = (p: number, quality: number, plainMatch: boolean) => {
      const field = p % FIELDS;
      add(
        (p - field) / FIELDS,
        (field < 5 ? (WEIGHTS[field] as number) : REF_WEIGHT) * quality,
        (plainMatch ? 1 : 0) | (plainMatch && quality === 1 && field <= TITLE ? 2 : 0),
      );
    };

    // The most selective terms first: later terms then only narrow the candidates.
    const planned = index.plan(terms, names, parts);

    const refs = index.refs;
    const verifyFactor = this.#verifyFactor;
    let alive: number[] = [];
    for (let i = 0; i < planned.length; i++) {
      const { term, matches } = planned[i] as (typeof planned)[number];
      gen = ++this.#termGen;
      termIndex = i;
      touched = [];
      if (term.kind === "word") {
        // Named records matching the word (each with its best match), whose
        // referrers match it too; and postings of the other fields.
        const named = new Map<number, [quality: number, plainMatch: boolean]>();
        for (const [id, quality, plainMatch, token] of matches) {
          words.set(
            token,
            Math.max(
              words.get(token) ?? 0,
              quality === 1 || !plainMatch ? token.length : term.token.length,
            ),
          );
          for (const part of names) {
            part.postings(id, (p) => {
              const entry = (p - NAME) / FIELDS;
              const known = named.get(entry);
              if (!known || quality > known[0]) named.set(entry, [quality, plainMatch]);
            });
          }
        }
        const referrers: [list: readonly number[], quality: number, plainMatch: boolean][] = [];
        const byId = new Map<string, [quality: number, plainMatch: boolean]>();
        let fanOut = 0;
        for (const [entry, best] of named) {
          const record = entryAt(entry);
          byId.set(record.id, best);
          const list = refs.get(record.id);
          if (!list) continue;
          referrers.push([list, best[0], best[1]]);
          fanOut += list.length;
          entities.set(record.id, record);
        }
        for (const [entry, [quality, plainMatch]] of named)
          add(entry, quality, plainMatch ? (quality === 1 ? 3 : 1) : 0);
        for (const [id, quality, plainMatch] of matches)
          for (const part of parts) part.postings(id, (p) => posting(p, quality, plainMatch));
        if (i > 0 && alive.length * verifyFactor < fanOut) {
          // Few candidates left: look at each one's refs instead of every referrer.
          for (const entry of alive) index.verifyRefs(entry, byId, posting);
        } else {
          for (const [list, quality, plainMatch] of referrers)
            for (const p of list) posting(p, quality, plainMatch);
        }
      } else {
        const asDate = term.kind === "date" || (term.kind === "number" && term.year);
        if (term.kind !== "date") {
          amounts.add(term.value);
          for (const part of names) for (const p of part.amount(term.value)) posting(p, 1, true);
          for (const part of parts) for (const p of part.amount(term.value)) posting(p, 1, true);
        }
        if (asDate) {
          const start = term.kind === "date" ? term.start : term.value * 10000 + 101;
          const end = term.kind === "date" ? term.end : term.value * 10000 + 1231;
          dates.push([start, end]);
          const weight = WEIGHTS[DATE] as number;
          for (const part of parts)
            part.dated(start, end, (entry, within) => add(entry, weight * (within ? 1 : 0.6), 1));
        }
      }
      const next: number[] = [];
      for (const entry of touched) {
        const before = queryStamp[entry] === queryGen ? (matched[entry] as number) : 0;
        if (before !== i) continue;
        queryStamp[entry] = queryGen;
        matched[entry] = i + 1;
        const flags = termFlags[entry] as number;
        sum[entry] = (i === 0 ? 0 : (sum[entry] as number)) + (termBest[entry] as number);
        plain[entry] = (i === 0 ? 0 : (plain[entry] as number)) + (flags & 1);
        inName[entry] = (i === 0 ? 0 : (inName[entry] as number)) + ((flags >> 1) & 1);
        next.push(entry);
      }
      alive = next;
      if (alive.length === 0) break;
    }
    const candidates = alive;

    // Exact: a name, title or id that is the query, word for word.
    const exact = new Set<number>();
    const sorted = [...tokens].sort().join(" ");
    const compact = tokens.join("");
    for (const entry of candidates) {
      if (inName[entry] === terms.length && index.isNamed(entry, sorted, compact)) exact.add(entry);
    }
    const raw = query.trim();
    // Ids are one word with a hyphen, underscore, dot, colon or digit (a
    // plain word that is an id is a name too); only such queries build the id map.
    if (raw !== "" && !/\s/.test(raw) && /[-_.:\d]/.test(raw)) {
      const e = index.ids().get(raw);
      if (e !== undefined && allowed[typeOf[e] as number]) {
        if (!exact.has(e) && !candidates.includes(e)) candidates.push(e);
        exact.add(e);
      }
    }

    const n = terms.length;
    const keys = new Float64Array(candidates.length);
    const scores = this.#score;
    const linksOf = index.links;
    for (let k = 0; k < candidates.length; k++) {
      const entry = candidates[k] as number;
      const links = linksOf[entry] as number;
      let score: number;
      if (exact.has(entry)) score = 1;
      else {
        const mean = queryStamp[entry] === queryGen ? Math.min(1, (sum[entry] as number) / n) : 0;
        const fuzzy = (plain[entry] as number) < n;
        score = (fuzzy ? 0 : 0.5) + (links > 0 ? 0.25 : 0) + 0.24 * mean;
      }
      score = Math.round(score * 1e6) / 1e6;
      scores[entry] = score;
      keys[k] =
        ((1e6 - score * 1e6) * (LINK_CAP + 1) + (LINK_CAP - Math.min(links, LINK_CAP))) *
          INDEX_BITS +
        entry;
    }
    const depth = shortKey === undefined ? 0 : Math.min(keys.length, SHORT_DEPTH);
    smallest(keys, Math.min(keys.length, Math.max(offset + limit, depth)));
    const matchedTerms: MatchedTerms = { words, amounts, dates, entities };
    if (shortKey !== undefined) {
      const entries = new Int32Array(depth);
      const kept = new Float64Array(depth);
      const exactly = new Uint8Array(depth);
      for (let k = 0; k < depth; k++) {
        const entry = (keys[k] as number) % INDEX_BITS;
        entries[k] = entry;
        kept[k] = scores[entry] as number;
        exactly[k] = exact.has(entry) ? 1 : 0;
      }
      this.#short.set(shortKey, {
        total: candidates.length,
        entries,
        scores: kept,
        exact: exactly,
        terms: matchedTerms,
      });
    }
    const hits: EngineHit[] = [];
    for (let k = offset; k < Math.min(keys.length, offset + limit); k++) {
      const entry = (keys[k] as number) % INDEX_BITS;
      hits.push(this.#hit(entry, scores[entry] as number, exact.has(entry), matchedTerms));
    }
    return { total: candidates.length, hits };
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
    // Then the short queries (the first keystrokes of every search), the
    // commonest first, one a step: each matches a good part of the records.
    this.#starts ??=
      this.#index.size < SHORT_FROM
        ? []
        : SHORT_STARTS.flatMap(([length, max]) => this.#index.commonStarts(length, max));
    while (this.#starts.length > 0) {
      if (!first && performance.now() - start >= budget) return false;
      first = false;
      this.search(this.#starts.shift() as string, { limit: 0 });
    }
    return true;
  }

  /** The per-entry accumulators, on the first query. */
  #allocate(n: number): void {
    if (this.#score.length === n) return;
    this.#termStamp = new Int32Array(n);
    this.#termBest = new Float32Array(n);
    this.#termFlags = new Uint8Array(n);
    this.#queryStamp = new Int32Array(n);
    this.#matched = new Uint16Array(n);
    this.#plain = new Uint16Array(n);
    this.#inName = new Uint16Array(n);
    this.#sum = new Float32Array(n);
    this.#score = new Float64Array(n);
  }
}
