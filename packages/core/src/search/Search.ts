/**
 * Search over one dataset: the search engine over entries built from the
 * records on demand (`searchEntries`), with checked options and hits carrying
 * the record's label in the language asked for.
 */
import {
  type DatasetRecord,
  type IdMap,
  LABEL_LANGUAGES,
  type LabelLanguage,
  RECORD_TYPES,
  typeName,
} from "@korea-relations/model";
import { count, member, members, optionsObject } from "../arguments.js";
import type { RecordStore } from "../RecordStore.js";
import { SearchEngine } from "./SearchEngine.js";
import { SEARCH_OPTION_KEYS, type SearchHit, type SearchResults } from "./SearchResults.js";
import { linkCounts, searchSource } from "./searchEntries.js";

export class Search<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  readonly #label: (record: DatasetRecord<I>, lang: LabelLanguage) => string;
  #engine: SearchEngine | undefined;

  constructor(
    store: RecordStore<I>,
    label: (record: DatasetRecord<I>, lang: LabelLanguage) => string,
  ) {
    this.#store = store;
    this.#label = label;
  }

  /** The engine; its index is built in chunks as queries (or `prepare`) need it. */
  get engine(): SearchEngine {
    if (!this.#engine) {
      const records = this.#store.records as readonly DatasetRecord[];
      this.#engine = new SearchEngine(searchSource(records, linkCounts(records)));
    }
    return this.#engine;
  }

  /**
   * Builds the index for about `budget` milliseconds (all of it when
   * undefined); `true` once the whole index is built.
   */
  prepare(budget: unknown): boolean {
    if (budget !== undefined && (typeof budget !== "number" || Number.isNaN(budget))) {
      throw new TypeError(
        `prepareSearch(budget) must be a number of milliseconds, got ${typeName(budget)}`,
      );
    }
    if (budget !== undefined && budget < 0) {
      throw new RangeError(`prepareSearch(budget) must be 0 or more, got ${budget}`);
    }
    return this.engine.prepare(budget ?? Number.POSITIVE_INFINITY);
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
    const result = this.engine.search(query, { offset, limit, ...(types ? { types } : {}) });
    const hits = result.hits.map((hit) => {
      const record = this.#store.get(hit.id) as DatasetRecord<I>;
      return Object.freeze({
        type: record.type,
        id: record.id,
        label: this.#label(record, lang),
        tier: hit.tier,
        score: hit.score,
        field: hit.field,
        text: hit.text,
        ranges: Object.freeze(
          hit.ranges.map((range) => Object.freeze([range[0], range[1]] as const)),
        ),
      }) as SearchHit<I>;
    });
    return Object.freeze({ total: result.total, offset, hits: Object.freeze(hits) });
  }
}
