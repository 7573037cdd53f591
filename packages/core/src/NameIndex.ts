/**
 * Finds records by id, name, alias or exact title, in any spelling the name
 * keys fold together (case, accents, umlauts, hyphens, word order); suggests
 * the nearest names for an unknown one without a search index. Built on first
 * use, one record type at a time: a name of one type looked up (or an unknown
 * one suggested for) indexes that type only. Where records share a name, the
 * first one given keeps it; names win over titles.
 */
import {
  type DatasetRecord,
  foldName,
  hasNameKeys,
  type IdMap,
  kindOf,
  nameKeys,
  RECORD_TYPES,
  type RecordOf,
  type RecordType,
} from "@korea-relations/model";
import { editDistance } from "./closest.js";
import type { RecordStore } from "./RecordStore.js";

/** Longest name looked up; longer input names nothing. */
const MAX_NAME = 1000;

/** The names of one record type: key → the first record with that name, or title. */
interface Table<I extends IdMap> {
  readonly names: Map<string, DatasetRecord<I>>;
  readonly titles: Map<string, DatasetRecord<I>>;
}

/** Every name and title of one record type with its record, folded, for suggestions. */
type Folded<I extends IdMap> = readonly {
  readonly folded: string;
  readonly record: DatasetRecord<I>;
}[];

export class NameIndex<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  readonly #label: (record: DatasetRecord<I>) => string;
  readonly #tables = new Map<RecordType, Table<I>>();
  readonly #folded = new Map<RecordType, Folded<I>>();
  /** Position of each record in the order given, for "the first one given" across types. */
  #positions: Map<DatasetRecord<I>, number> | undefined;

  constructor(store: RecordStore<I>, label: (record: DatasetRecord<I>) => string) {
    this.#store = store;
    this.#label = label;
  }

  #table(type: RecordType): Table<I> {
    let table = this.#tables.get(type);
    if (table) return table;
    const names = new Map<string, DatasetRecord<I>>();
    const titles = new Map<string, DatasetRecord<I>>();
    this.#each(type, (record, name, title) => {
      const map = title ? titles : names;
      for (const key of nameKeys(name)) if (!map.has(key)) map.set(key, record);
    });
    table = { names, titles };
    this.#tables.set(type, table);
    return table;
  }

  /** Calls `visit` with the id and every name of each record of `type`, then every title. */
  #each(
    type: RecordType,
    visit: (record: DatasetRecord<I>, name: string, title: boolean) => void,
  ): void {
    const kind = kindOf(type);
    const records = this.#store.ofType(type) as readonly DatasetRecord<I>[];
    for (const record of records) {
      visit(record, record.id, false);
      for (const name of kind.names(record as never)) visit(record, name, false);
    }
    for (const record of records) {
      for (const title of kind.titles(record as never)) visit(record, title, true);
    }
  }

  /** The names and titles of `type`, folded (without building its keys). */
  #foldedOf(type: RecordType): Folded<I> {
    let folded = this.#folded.get(type);
    if (!folded) {
      const list: { folded: string; record: DatasetRecord<I> }[] = [];
      this.#each(type, (record, name) => {
        const each = foldName(name);
        if (hasNameKeys(each)) list.push({ folded: each, record });
      });
      folded = list;
      this.#folded.set(type, folded);
    }
    return folded;
  }

  /** The record of `type` that `ref` names (id, name, alias or exact title), or undefined. */
  find<T extends RecordType>(type: T, ref: string): RecordOf<T, I> | undefined {
    const direct = this.#store.getTyped(type, ref);
    if (direct || ref.length > MAX_NAME) return direct;
    const table = this.#table(type);
    for (const key of nameKeys(ref)) {
      const record = table.names.get(key) ?? table.titles.get(key);
      if (record !== undefined) return record as RecordOf<T, I>;
    }
    return undefined;
  }

  /** The record of any type that `ref` names, or undefined: the first one given. */
  resolve(ref: string): DatasetRecord<I> | undefined {
    const direct = this.#store.get(ref);
    if (direct || ref.length > MAX_NAME) return direct;
    for (const key of nameKeys(ref)) {
      for (const which of ["names", "titles"] as const) {
        let best: DatasetRecord<I> | undefined;
        for (const type of RECORD_TYPES) {
          const record = this.#table(type)[which].get(key);
          if (record !== undefined && (!best || this.#position(record) < this.#position(best))) {
            best = record;
          }
        }
        if (best) return best;
      }
    }
    return undefined;
  }

  #position(record: DatasetRecord<I>): number {
    if (!this.#positions) {
      this.#positions = new Map(this.#store.records.map((r, position) => [r, position]));
    }
    return this.#positions.get(record) ?? 0;
  }

  /**
   * Labels of the records whose names are nearest to `ref` (at most five):
   * a name containing it, then by edit distance within a third of its length.
   */
  suggestions(ref: string, type?: RecordType): string[] {
    const query = foldName(ref.slice(0, 200)).trim();
    if (query === "") return [];
    const limit = Math.max(1, Math.ceil(query.length / 3));
    const scored: { distance: number; record: DatasetRecord<I> }[] = [];
    for (const each of type === undefined ? RECORD_TYPES : [type]) {
      for (const entry of this.#foldedOf(each)) {
        const distance = entry.folded.includes(query)
          ? 0.5
          : Math.abs(entry.folded.length - query.length) > limit
            ? limit + 1
            : editDistance(query, entry.folded, limit);
        if (distance <= limit) scored.push({ distance, record: entry.record });
      }
    }
    scored.sort(
      (a, b) =>
        a.distance - b.distance ||
        (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0),
    );
    const labels: string[] = [];
    for (const { record } of scored) {
      const label = this.#label(record);
      if (!labels.includes(label)) labels.push(label);
      if (labels.length === 5) break;
    }
    return labels;
  }
}
