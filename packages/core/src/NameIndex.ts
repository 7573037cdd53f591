/**
 * Finds records by id, name, alias or exact title, in any spelling the name
 * keys fold together (case, accents, umlauts, hyphens, word order); suggests
 * the nearest names for an unknown one without a search index. Built on first
 * use. Where records share a name, the first one given keeps it; names win
 * over titles.
 */
import {
  type DatasetRecord,
  foldName,
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

interface Tables {
  /** type → key → id, names first, then titles. */
  readonly byType: Map<RecordType, Map<string, string>>;
  /** key → id over every type. */
  readonly any: Map<string, string>;
  /** Every name and title with its record, for suggestions. */
  readonly all: { readonly folded: string; readonly id: string; readonly type: RecordType }[];
}

export class NameIndex<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  readonly #label: (record: DatasetRecord<I>) => string;
  #tables: Tables | undefined;

  constructor(store: RecordStore<I>, label: (record: DatasetRecord<I>) => string) {
    this.#store = store;
    this.#label = label;
  }

  #build(): Tables {
    if (this.#tables) return this.#tables;
    const byType = new Map<RecordType, Map<string, string>>(
      RECORD_TYPES.map((type) => [type, new Map()]),
    );
    const any = new Map<string, string>();
    const all: Tables["all"][number][] = [];
    const add = (record: DatasetRecord<I>, names: readonly string[]) => {
      const map = byType.get(record.type) as Map<string, string>;
      for (const name of names) {
        const keys = nameKeys(name);
        for (const key of keys) {
          if (!map.has(key)) map.set(key, record.id);
          if (!any.has(key)) any.set(key, record.id);
        }
        if (keys.length > 0) all.push({ folded: foldName(name), id: record.id, type: record.type });
      }
    };
    const { records } = this.#store;
    for (const record of records)
      add(record, [record.id, ...kindOf(record.type).names(record as never)]);
    for (const record of records) add(record, kindOf(record.type).titles(record as never));
    this.#tables = { byType, any, all };
    return this.#tables;
  }

  /** The record of `type` that `ref` names (id, name, alias or exact title), or undefined. */
  find<T extends RecordType>(type: T, ref: string): RecordOf<T, I> | undefined {
    const direct = this.#store.getTyped(type, ref);
    if (direct || ref.length > MAX_NAME) return direct;
    const map = this.#build().byType.get(type);
    for (const key of nameKeys(ref)) {
      const id = map?.get(key);
      if (id !== undefined) return this.#store.getTyped(type, id);
    }
    return undefined;
  }

  /** The record of any type that `ref` names, or undefined. */
  resolve(ref: string): DatasetRecord<I> | undefined {
    const direct = this.#store.get(ref);
    if (direct || ref.length > MAX_NAME) return direct;
    const { any } = this.#build();
    for (const key of nameKeys(ref)) {
      const id = any.get(key);
      if (id !== undefined) return this.#store.get(id);
    }
    return undefined;
  }

  /**
   * Labels of the records whose names are nearest to `ref` (at most five):
   * a name containing it, then by edit distance within a third of its length.
   */
  suggestions(ref: string, type?: RecordType): string[] {
    const query = foldName(ref.slice(0, 200)).trim();
    if (query === "") return [];
    const limit = Math.max(1, Math.ceil(query.length / 3));
    const scored: { distance: number; id: string }[] = [];
    for (const entry of this.#build().all) {
      if (type !== undefined && entry.type !== type) continue;
      const distance = entry.folded.includes(query)
        ? 0.5
        : editDistance(query, entry.folded, limit);
      if (distance <= limit) scored.push({ distance, id: entry.id });
    }
    scored.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const labels: string[] = [];
    for (const { id } of scored) {
      const record = this.#store.get(id);
      const label = record && this.#label(record);
      if (label !== undefined && !labels.includes(label)) labels.push(label);
      if (labels.length === 5) break;
    }
    return labels;
  }
}
