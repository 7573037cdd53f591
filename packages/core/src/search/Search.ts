/**
 * Search over one dataset: builds the search entries from the record-kind
 * registry on first search and pages the ranked results.
 */
import {
  type DatasetRecord,
  type IdMap,
  kindOf,
  LABEL_LANGUAGES,
  RECORD_TYPES,
  typeName,
} from "@korea-relations/model";
import { count, member, members, optionsObject } from "../arguments.js";
import type { RecordStore } from "../RecordStore.js";
import { type SearchEntry, SearchIndex } from "./SearchIndex.js";
import { SEARCH_OPTION_KEYS, type SearchHit, type SearchResults } from "./SearchResults.js";

/** Most results ranked for one query; `total` counts at most this many. */
const MAX_RESULTS = 1000;

export class Search<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  readonly #label: (record: DatasetRecord<I>, lang: "en" | "de") => string;
  #index: SearchIndex | undefined;

  constructor(
    store: RecordStore<I>,
    label: (record: DatasetRecord<I>, lang: "en" | "de") => string,
  ) {
    this.#store = store;
    this.#label = label;
  }

  #entries(): SearchIndex {
    if (this.#index) return this.#index;
    const entries: SearchEntry[] = this.#store.records.map((record) => {
      const kind = kindOf(record.type);
      const text = [...kind.titles(record as never), ...kind.text(record as never)];
      if (record.type === "quote" || record.type === "office") {
        const other = this.#store.get(record.type === "quote" ? record.speaker : record.person);
        if (other) text.push(this.#label(other, "en"));
      }
      return {
        type: record.type,
        id: record.id,
        names: [...(record.type === "country" ? [] : [record.id]), ...kind.names(record as never)],
        text,
      };
    });
    this.#index = new SearchIndex(entries);
    return this.#index;
  }

  run(query: unknown, options: unknown): SearchResults<I> {
    if (typeof query !== "string") {
      throw new TypeError(`search(query) must be a string, got ${typeName(query)}`);
    }
    const o = optionsObject(options, "search(options)", SEARCH_OPTION_KEYS);
    const lang =
      o.lang === undefined ? "en" : member(o.lang, LABEL_LANGUAGES, "search(options).lang");
    const types = members(o.types, RECORD_TYPES, "search(options).types");
    const limit = count(o.limit, "search(options).limit", 20);
    const offset = count(o.offset, "search(options).offset", 0);
    const wanted = types && new Set<string>(types);
    const ranked = this.#entries().query(
      query,
      MAX_RESULTS,
      (entry) => !wanted || wanted.has(entry.type),
    );
    const hits = ranked.slice(offset, offset + limit).map(({ entry, score }) => {
      const record = this.#store.get(entry.id) as DatasetRecord<I>;
      return Object.freeze({
        type: entry.type,
        id: entry.id,
        label: this.#label(record, lang),
        tier: score === 1 ? "exact" : "fuzzy",
        score,
        ranges: Object.freeze([]),
      }) as SearchHit<I>;
    });
    return Object.freeze({ total: ranked.length, offset, hits: Object.freeze(hits) });
  }
}
