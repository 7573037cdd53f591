/**
 * Fuzzy search over names, aliases, labels, summaries, quotes and topics.
 * A trigram index shortlists candidates; fuse.js ranks only the shortlist, so
 * search stays fast on large datasets. An exact name or alias match ranks
 * first with score 1.
 */

import type { RecordType } from "@korea-relations/model";
import { foldName, nameKeys } from "@korea-relations/model";
import Fuse from "fuse.js";

/** What the search index knows of a record. */
export interface SearchEntry {
  readonly type: RecordType;
  readonly id: string;
  /** Names and aliases (matched exactly and fuzzily). */
  readonly names: readonly string[];
  /** Further text (summaries, quote text, labels). */
  readonly text: readonly string[];
}

interface Prepared extends SearchEntry {
  readonly index: number;
  readonly folded: string;
  readonly foldedNames: readonly string[];
  readonly foldedText: string;
}

/** Longest query (in characters) that is searched; longer input is cut. */
export const MAX_QUERY_LENGTH = 100;
const SHORTLIST = 60;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are stripped on purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  const padded = ` ${text} `;
  // Stryker disable next-line UpdateOperator: a reversed loop never ends and exhausts memory
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

function cleanQuery(query: string): string {
  return foldName(query.slice(0, MAX_QUERY_LENGTH * 2).replace(CONTROL, " "))
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/**
 * The query cut to at most 32 characters, at a word boundary where there is one.
 * For speed only (see `query`): mutation testing leaves it alone, as fuse.js
 * finds the same records with the whole pattern, only slower.
 */
// Stryker disable all
function fuzzyPattern(query: string): string {
  if (query.length <= 32) return query;
  const cut = query.slice(0, 32);
  const space = cut.lastIndexOf(" ");
  return space > 0 ? cut.slice(0, space) : cut;
}
// Stryker restore all

export class SearchIndex {
  readonly #entries: Prepared[];
  readonly #grams = new Map<string, number[]>();
  readonly #exact = new Map<string, number[]>();

  constructor(entries: readonly SearchEntry[]) {
    this.#entries = entries.map((entry, index) => {
      const foldedNames = entry.names.map(foldName);
      const foldedText = entry.text.map(foldName).join(" ");
      return {
        ...entry,
        index,
        foldedNames,
        foldedText,
        folded: `${foldedNames.join(" ")} ${foldedText}`,
      };
    });
    for (const entry of this.#entries) {
      for (const gram of trigrams(entry.folded)) {
        let list = this.#grams.get(gram);
        if (!list) {
          list = [];
          this.#grams.set(gram, list);
        }
        list.push(entry.index);
      }
      for (const name of entry.names) {
        for (const key of nameKeys(name)) {
          let list = this.#exact.get(key);
          if (!list) {
            list = [];
            this.#exact.set(key, list);
          }
          if (list.at(-1) !== entry.index) list.push(entry.index);
        }
      }
    }
  }

  /**
   * Entries matching `query`, best first, with scores 0–1. `accept` filters
   * entries (by type) before ranking.
   */
  query(
    query: string,
    limit: number,
    accept: (entry: SearchEntry) => boolean,
  ): { entry: SearchEntry; score: number }[] {
    const clean = cleanQuery(query);
    // Stryker disable next-line all: a shortcut; the steps below give [] for these too
    if (clean === "" || limit <= 0) return [];
    const results: { entry: SearchEntry; score: number }[] = [];
    const seen = new Set<number>();
    for (const key of nameKeys(clean)) {
      for (const index of this.#exact.get(key) ?? []) {
        const entry = this.#entries[index];
        if (!entry || seen.has(index) || !accept(entry)) continue;
        seen.add(index);
        results.push({ entry, score: 1 });
      }
    }
    // Stryker disable next-line all: a shortcut; the fuzzy step adds nothing past the limit
    if (results.length >= limit) return results.slice(0, limit);

    // Shortlist: entries sharing the most trigrams with the query.
    const counts = new Map<number, number>();
    for (const gram of trigrams(clean)) {
      for (const index of this.#grams.get(gram) ?? []) {
        counts.set(index, (counts.get(index) ?? 0) + 1);
      }
    }
    const shortlist = [...counts]
      .filter(([index]) => !seen.has(index))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, SHORTLIST)
      .map(([index]) => this.#entries[index])
      .filter((entry): entry is Prepared => entry !== undefined && accept(entry));
    // Stryker disable next-line all: a shortcut; fuse.js finds nothing in an empty list
    if (shortlist.length === 0) return results;

    const fuse = new Fuse(shortlist, {
      includeScore: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: 0.4,
      keys: [
        { name: "foldedNames", weight: 3 },
        { name: "foldedText", weight: 1 },
      ],
    });
    // Fuse's bitap matcher works in 32-character chunks; longer patterns cost a
    // pass per chunk over every text, so the fuzzy pattern is cut at a word
    // boundary within 32 characters (the shortlist used the whole query).
    const ranked = fuse
      .search(fuzzyPattern(clean))
      .map((hit) => ({
        entry: hit.item as SearchEntry,
        score: 1 - (hit.score ?? 1),
        index: hit.refIndex,
      }))
      // Names before text at equal score; then input order, so results are
      // deterministic. fuse.js sorts so already; this keeps it so if fuse.js changes.
      // Stryker disable next-line all: equivalent while fuse.js sorts the same way
      .sort((a, b) => b.score - a.score || a.index - b.index);
    for (const hit of ranked) {
      if (results.length >= limit) break;
      results.push({ entry: hit.entry, score: Math.max(0, Math.min(0.99, hit.score)) });
    }
    return results;
  }
}
