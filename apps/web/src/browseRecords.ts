import type { DatasetRecord, LabelLanguage, RecordType, Relations } from "@korea-relations/core";
import { listed } from "./browseCount.js";
import { collator } from "./collator.js";
import type { ViewContext } from "./viewContext.js";

/** Lists by name, per dataset, type and language: sorting thousands of names takes a while. */
const namedLists = new WeakMap<Relations, Map<string, NamedList>>();

/**
 * The records of a type worth listing, in reading order: events and other
 * dated records by date, the rest by name. Of the 250 countries, those that
 * take part in or are the subject of an event, or are evidenced by a source.
 * A list by name is sorted when more than its first part is asked for.
 */
export function browseRecords(type: RecordType, ctx: ViewContext): RecordList {
  if (type === "event" || type === "agreement" || type === "quote") return listed(type, ctx);
  let lists = namedLists.get(ctx.r);
  if (!lists) {
    lists = new Map();
    namedLists.set(ctx.r, lists);
  }
  const key = `${type} ${ctx.lang}`;
  let list = lists.get(key);
  if (!list) {
    list = new NamedList(listed(type, ctx), ctx.r, ctx.lang);
    lists.set(key, list);
  }
  return list;
}

/** Records in order, read a part at a time (`slice`) or all at once (`all`). */
export interface RecordList {
  readonly length: number;
  slice(start: number, end: number): readonly DatasetRecord[];
}

/**
 * Records by their label in `lang` (in the records' order where labels are
 * equal). The first part asked for is picked out of the rest without sorting
 * them all (a comparison or two a record); the whole list is sorted once
 * more is asked for.
 */
class NamedList implements RecordList {
  readonly #records: readonly DatasetRecord[];
  readonly #r: Relations;
  readonly #lang: LabelLanguage;
  #first: readonly DatasetRecord[] = [];
  #all: readonly DatasetRecord[] | undefined;

  constructor(records: readonly DatasetRecord[], r: Relations, lang: LabelLanguage) {
    this.#records = records;
    this.#r = r;
    this.#lang = lang;
  }

  get length(): number {
    return this.#records.length;
  }

  slice(start: number, end: number): readonly DatasetRecord[] {
    if (this.#all) return this.#all.slice(start, end);
    if (start === 0 && end <= this.#first.length) return this.#first.slice(0, end);
    if (start === 0 && end < this.#records.length) {
      this.#first = this.#smallest(end);
      return this.#first;
    }
    return this.all().slice(start, end);
  }

  /** Every record, sorted. */
  all(): readonly DatasetRecord[] {
    if (!this.#all) {
      const compare = collator(this.#lang).compare;
      const pairs = this.#records.map((record) => [this.#label(record), record] as const);
      pairs.sort((a, b) => compare(a[0], b[0]));
      this.#all = Object.freeze(pairs.map((pair) => pair[1]));
    }
    return this.#all;
  }

  #label(record: DatasetRecord): string {
    return this.#r.recordLabel(record, this.#lang);
  }

  /** The first `n` records as `all()` orders them: kept in order, each new one placed after its equals. */
  #smallest(n: number): readonly DatasetRecord[] {
    const compare = collator(this.#lang).compare;
    const labels: string[] = [];
    const kept: DatasetRecord[] = [];
    for (const record of this.#records) {
      const label = this.#label(record);
      if (kept.length === n && compare(label, labels[n - 1] as string) >= 0) continue;
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compare(label, labels[mid] as string) < 0) hi = mid;
        else lo = mid + 1;
      }
      labels.splice(lo, 0, label);
      kept.splice(lo, 0, record);
      if (kept.length > n) {
        labels.pop();
        kept.pop();
      }
    }
    return Object.freeze(kept);
  }
}
