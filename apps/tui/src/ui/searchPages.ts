import type { LabelLanguage, Relations, SearchHit } from "@korea-relations/core";
import { describeLine } from "../format/describeLine.js";

/** Hits asked of core at a time, as the list is scrolled. */
export const SEARCH_PAGE = 50;

/** A hit with its line of context. */
export type ListedHit = SearchHit & { readonly detail: string };

/** All the results of a query, fetched from core a page at a time as they are shown. */
export interface SearchPages {
  /** How many records match (core's `total`). */
  readonly total: number;
  /** Hit `index` of all, fetching its page on first use. */
  hit(index: number): ListedHit | undefined;
}

export const NO_RESULTS: SearchPages = { total: 0, hit: () => undefined };

/** The pages of results of `query` (core's `search` with `offset` and `limit`). */
export function searchPages(relations: Relations, query: string, lang: LabelLanguage): SearchPages {
  if (query.trim() === "") return NO_RESULTS;
  const pages = new Map<number, readonly SearchHit[]>();
  const details = new Map<string, string>();
  const load = (page: number): readonly SearchHit[] => {
    let hits = pages.get(page);
    if (!hits) {
      try {
        hits = relations.search(query, {
          limit: SEARCH_PAGE,
          offset: page * SEARCH_PAGE,
          lang,
        }).hits;
      } catch {
        hits = [];
      }
      pages.set(page, hits);
    }
    return hits;
  };
  let total = 0;
  try {
    const first = relations.search(query, { limit: SEARCH_PAGE, offset: 0, lang });
    pages.set(0, first.hits);
    total = first.total;
  } catch {
    total = 0;
  }
  return {
    total,
    hit(index) {
      if (index < 0 || index >= total) return undefined;
      const hit = load(Math.floor(index / SEARCH_PAGE))[index % SEARCH_PAGE];
      if (!hit) return undefined;
      let detail = details.get(hit.id);
      if (detail === undefined) {
        try {
          detail = describeLine(relations.describe(hit.id, lang), lang);
        } catch {
          detail = "";
        }
        details.set(hit.id, detail);
      }
      return { ...hit, detail };
    },
  };
}
