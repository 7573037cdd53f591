/**
 * The engine's index, built in chunks of a few thousand entries of one type
 * as queries (or `prepare`, in idle time) need them: each chunk indexes its
 * entries' names and their other fields apart. Once every chunk of a type is
 * built, its parts are merged into one names part and one fields part, so a
 * query walks a few parts, not hundreds. Entries are asked of the source as
 * their chunk is built.
 */
import { IndexPart } from "./IndexPart.js";
import type { QueryTerm } from "./queryTerms.js";
import {
  FIELDS,
  POSTING_MASK,
  POSTING_SHIFT,
  type SearchEntry,
  type SearchSource,
} from "./SearchEntry.js";
import { TokenDictionary } from "./TokenDictionary.js";
import { eachToken, NUMBER } from "./tokenize.js";

/** A chunk whose parts went into its type's merged parts. */
const EMPTY_PARTS = [] as unknown as readonly [IndexPart, IndexPart];

/**
 * Entries per chunk, what `prepare` builds in one step: a 32nd of the
 * entries, between 32 and 2048 (small datasets in small steps, so that no
 * step holds up a page).
 */
const chunkSize = (n: number) => Math.min(2048, Math.max(32, Math.ceil(n / 32)));
/** Entries at most (2^22), so an entry index packs into a sort key. */
export const INDEX_BITS = 4_194_304;

interface Chunk {
  /** Type code of the entries. */
  readonly code: number;
  readonly members: readonly number[];
  /** The names of the entries, and their other fields. */
  parts?: readonly [names: IndexPart, fields: IndexPart];
}

/** The chunks of one type, and their parts merged once all are built. */
interface TypeChunks {
  readonly chunks: Chunk[];
  merged?: readonly [names: IndexPart, fields: IndexPart];
}

/** A dictionary word matching a query word: id, quality 0–1, matched without fuzziness, the word. */
export type WordMatch = [id: number, quality: number, plainMatch: boolean, token: string];

export class ChunkedIndex {
  readonly #source: SearchSource;
  /** Entries asked for so far (all of them when given as an array). */
  readonly #entries: (SearchEntry | undefined)[];
  readonly #dictionary = new TokenDictionary();
  /** Ref field name → field code. */
  readonly refCodes = new Map<string, number>();
  /**
   * Referred id → postings of the referrers, in every chunk built so far;
   * emptied once the index is complete (`referrers` then reads them by entry).
   */
  readonly refs = new Map<string, number[]>();
  /** Referrer postings by entry, once the index is complete. */
  #byEntry?: (number[] | undefined)[];
  /** Refs by entry (`refEntries`): where each entry's start, and the refs. */
  #forward?: { readonly starts: Int32Array; readonly refs: Int32Array };
  #typeCodes?: Map<string, number>;
  /** Type code of each entry. */
  typeOf = new Uint8Array(0);
  /** How many records each entry is linked with: ranking reads it without building the entry. */
  links = new Int32Array(0);
  /**
   * Of each entry's names and titles, the lengths of their words run
   * together (`tokens.join("")`), as bits (length mod 32): a query is a name
   * word for word only where its own length's bit is set.
   */
  namedLengths = new Int32Array(0);
  /** Chunks by type code. */
  #types: TypeChunks[] = [];
  #byId?: Map<string, number>;

  constructor(entries: readonly SearchEntry[] | SearchSource) {
    if (Array.isArray(entries)) {
      const list = entries as readonly SearchEntry[];
      this.#source = {
        length: list.length,
        type: (i: number) => (list[i] as SearchEntry).type,
        entry: (i: number) => list[i] as SearchEntry,
        links: (i: number) => (list[i] as SearchEntry).links ?? 0,
      };
      this.#entries = list as SearchEntry[];
    } else {
      this.#source = entries as SearchSource;
      this.#entries = new Array(this.#source.length);
    }
  }

  get size(): number {
    return this.#source.length;
  }

  /** Whether every chunk is built and merged (nothing a query asks for changes the index). */
  get complete(): boolean {
    return this.#types.length > 0 && this.#types.every((type) => type.merged !== undefined);
  }

  /** The words' first one or two characters, those starting most words first (at most `max`). */
  commonStarts(length: 1 | 2, max: number): string[] {
    return this.#dictionary.commonStarts(length, max);
  }

  /**
   * Prefixes of `lengths` characters whose words reach at least `min`
   * postings in all (a name's counted with its referrers'), most first (at
   * most `max`): the typed words a query walks longest for, once the index
   * is complete.
   */
  heavyStarts(lengths: readonly number[], min: number, max: number): string[] {
    const { names, parts } = this.parts(new Uint8Array(this.typeCodes().size).fill(1));
    const reach = new Map<string, number>();
    const tokens = this.#dictionary.tokens;
    for (let id = 0; id < tokens.length; id++) {
      const token = tokens[id] as string;
      if (token.length < (lengths[0] as number)) continue;
      let cost = 0;
      for (const part of names) {
        const list = part.list(id);
        for (let k = 0; k < list.length; k++)
          cost += 1 + (this.referrers((list[k] as number) >>> POSTING_SHIFT)?.length ?? 0);
      }
      for (const part of parts) cost += part.count(id);
      for (const length of lengths) {
        if (token.length < length) break;
        const start = token.slice(0, length);
        reach.set(start, (reach.get(start) ?? 0) + cost);
      }
    }
    return [...reach]
      .filter(([, cost]) => cost >= min)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, max)
      .map(([start]) => start);
  }

  /** Entry `index`, asked of the source the first time. */
  readonly entry = (index: number): SearchEntry => {
    const known = this.#entries[index];
    if (known !== undefined) return known;
    const entry = this.#source.entry(index);
    this.#entries[index] = entry;
    return entry;
  };

  /**
   * The parts a query over the types `allowed` (by code) needs, built now if
   * not yet: the names of every type, the other fields of the allowed ones.
   */
  parts(allowed: Uint8Array): { names: IndexPart[]; parts: IndexPart[] } {
    const names: IndexPart[] = [];
    const parts: IndexPart[] = [];
    this.#types.forEach((type, code) => {
      for (const chunk of type.chunks) this.#built(chunk);
      const [name, fields] = this.#merged(type);
      if (!name.empty) names.push(name);
      if (allowed[code] && !fields.empty) parts.push(fields);
    });
    return { names, parts };
  }

  /** Dictionary words matching a query word: whole, by prefix, inside (CJK), or fuzzily. */
  wordMatches(word: string): WordMatch[] {
    const dictionary = this.#dictionary;
    const found: WordMatch[] = [];
    const id = dictionary.get(word);
    if (id !== undefined) found.push([id, 1, true, word]);
    dictionary.prefixed(word, (other, token) =>
      found.push([other, 0.6 + (0.3 * word.length) / token.length, true, token]),
    );
    dictionary.containing(word, (other, token) => found.push([other, 0.7, true, token]));
    if (id === undefined && word.length >= 4 && !NUMBER.test(word)) {
      dictionary.near(word, word.length >= 8 ? 2 : 1, (other, distance, token) =>
        found.push([other, distance === 1 ? 0.45 : 0.3, false, token]),
      );
    }
    return found;
  }

  /**
   * The terms of a query with their matching words, cheapest first: about
   * how many postings each walks (a name's referrers guessed at 8 each).
   */
  plan(terms: readonly QueryTerm[], names: readonly IndexPart[], parts: readonly IndexPart[]) {
    const planned = terms.map((term, order) => {
      const matches = term.kind === "word" ? this.wordMatches(term.token) : [];
      let cost = 0;
      for (const [id] of matches) {
        for (const part of names) cost += part.count(id) * 8;
        for (const part of parts) cost += part.count(id);
      }
      if (term.kind === "number" || term.kind === "amount") {
        for (const part of names) cost += part.amount(term.value).length;
        for (const part of parts) cost += part.amount(term.value).length;
        if (term.kind === "number" && term.year) cost += 5000;
      }
      return { term, matches, cost, order };
    });
    return planned.sort((a, b) => a.cost - b.cost || a.order - b.order);
  }

  /**
   * Postings (`entry * FIELDS + field`) of the entries referring to entry
   * `index`, once the index is complete: the map by id becomes a list by
   * entry the first time.
   */
  referrers(index: number): readonly number[] | undefined {
    if (!this.#byEntry) {
      this.#byEntry = Array.from(this.#entries, (entry) =>
        this.refs.get((entry as SearchEntry).id),
      );
      this.refs.clear();
    }
    return this.#byEntry[index];
  }

  /** Entry index by id, built on first use. */
  ids(): Map<string, number> {
    if (this.#byId) return this.#byId;
    const ids = new Map<string, number>();
    for (let i = this.#source.length - 1; i >= 0; i--) ids.set(this.entry(i).id, i);
    this.#byId = ids;
    return ids;
  }

  /**
   * Every entry's refs, each as `referred * FIELDS + field` (refs to ids not
   * in the index left out), once the index is complete: the referrers'
   * postings turned around, the first time (some 30 ms at 100,000 records,
   * which `SearchEngine.prepare` spends ahead).
   */
  forwardRefs(): { readonly starts: Int32Array; readonly refs: Int32Array } {
    if (this.#forward) return this.#forward;
    this.referrers(0);
    const byEntry = this.#byEntry ?? [];
    const n = this.size;
    const starts = new Int32Array(n + 1);
    for (const list of byEntry) {
      if (!list) continue;
      for (const p of list) {
        const at = (p >>> POSTING_SHIFT) + 1;
        starts[at] = (starts[at] as number) + 1;
      }
    }
    for (let k = 0; k < n; k++) starts[k + 1] = (starts[k + 1] as number) + (starts[k] as number);
    const fill = starts.slice(0, n);
    const refs = new Int32Array(starts[n] as number);
    byEntry.forEach((list, referred) => {
      if (!list) return;
      for (const p of list) {
        const referrer = p >>> POSTING_SHIFT;
        refs[(fill[referrer] as number)++] = referred * FIELDS + (p & POSTING_MASK);
      }
    });
    this.#forward = { starts, refs };
    return this.#forward;
  }

  /** Whether `forwardRefs` has been worked out. */
  get forwardReady(): boolean {
    return this.#forward !== undefined;
  }

  /** Entry `entry`'s refs, each as `referred * FIELDS + field` (see `forwardRefs`). */
  refEntries(entry: number): Int32Array {
    const { starts, refs } = this.forwardRefs();
    return refs.subarray(starts[entry] as number, starts[entry + 1] as number);
  }

  /** Whether a name or title of the entry is, word for word, the query (`sorted` words, or `compact`). */
  isNamed(entry: number, sorted: string, compact: string): boolean {
    // Most names differ in length from the query: no need to split them into words.
    if (((this.namedLengths[entry] as number) & (1 << (compact.length & 31))) === 0) return false;
    const record = this.entry(entry);
    for (const list of [record.names, record.titles]) {
      for (const text of list ?? []) {
        const tokens: string[] = [];
        eachToken(text, (token) => tokens.push(token));
        if (tokens.join("") === compact || tokens.sort().join(" ") === sorted) return true;
      }
    }
    return false;
  }

  #built(chunk: Chunk): void {
    if (chunk.parts) return;
    const build = (names: boolean) =>
      IndexPart.build(
        this.entry,
        chunk.members,
        names,
        this.#dictionary,
        this.refCodes,
        this.refs,
        this.namedLengths,
      );
    chunk.parts = [build(true), build(false)];
  }

  /** A type's parts merged into one names part and one fields part (all its chunks built). */
  #merged(type: TypeChunks): readonly [IndexPart, IndexPart] {
    if (!type.merged) {
      const parts = type.chunks.map((chunk) => chunk.parts as readonly [IndexPart, IndexPart]);
      type.merged =
        parts.length === 1
          ? (parts[0] as readonly [IndexPart, IndexPart])
          : [IndexPart.merge(parts.map((p) => p[0])), IndexPart.merge(parts.map((p) => p[1]))];
      // The chunks' own parts are no longer needed.
      for (const chunk of type.chunks) chunk.parts = EMPTY_PARTS;
    }
    return type.merged;
  }

  /**
   * Builds chunks (and merges a type's once all are built) for about
   * `budget` ms, at least one step a call; `true` once all are.
   */
  prepare(budget: number): boolean {
    const start = performance.now();
    // Sorting the entries by type is the first call's first step.
    let steps = this.#typeCodes ? 0 : 1;
    this.typeCodes();
    const spent = () => steps++ > 0 && performance.now() - start >= budget;
    for (const type of this.#types) {
      if (type.merged) continue;
      for (const chunk of type.chunks) {
        if (chunk.parts) continue;
        if (spent()) return false;
        this.#built(chunk);
      }
      if (spent()) return false;
      this.#merged(type);
    }
    this.referrers(0);
    // Marking a hit's refs looks records up by id.
    this.ids();
    return true;
  }

  /** Record types by code, and the chunks, on first use. */
  typeCodes(): Map<string, number> {
    if (this.#typeCodes) return this.#typeCodes;
    const codes = new Map<string, number>();
    const n = this.#source.length;
    if (n >= INDEX_BITS) throw new RangeError(`search: at most ${INDEX_BITS - 1} records`);
    this.typeOf = new Uint8Array(n);
    this.links = new Int32Array(n);
    this.namedLengths = new Int32Array(n);
    const members: number[][] = [];
    for (let i = 0; i < n; i++) {
      this.links[i] = this.#source.links(i);
      const type = this.#source.type(i);
      let code = codes.get(type);
      if (code === undefined) {
        code = codes.size;
        codes.set(type, code);
        members[code] = [];
      }
      this.typeOf[i] = code;
      (members[code] as number[]).push(i);
    }
    const size = chunkSize(n);
    this.#types = members.map((list, code) => {
      const chunks: Chunk[] = [];
      for (let from = 0; from < list.length; from += size) {
        chunks.push({ code, members: list.slice(from, from + size) });
      }
      return { chunks };
    });
    this.#typeCodes = codes;
    return codes;
  }
}
