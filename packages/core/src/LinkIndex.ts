/**
 * Every link between records, both ways, from the record-kind registry's
 * references: a reference from A to B under relation R puts B in A's links
 * under R and A in B's links under R's inverse. A few links follow two steps:
 * a person's agreements (reached at their events), a place's agreements and
 * quotes (at the events held there), a country's quotes (at its events).
 * Lists are in date order (dated types) or by label, then id.
 *
 * Built on first use, in time linear in the references (and one sort of the
 * records): every record's place in that order (its rank), and for each
 * record the ranks of those referencing it with the relation, in one typed
 * array. A record's links are then read from there and put in order by
 * sorting numbers, however many records it has. The latest answers are kept:
 * a page asks for a record's links more than once.
 */

import {
  type DatasetRecord,
  forEachReference,
  type IdMap,
  type RecordType,
  type Relation,
} from "@korea-relations/model";
import { bucketed } from "./bucketed.js";
import type { RecordStore } from "./RecordStore.js";
import type { RelatedRecords } from "./Relations.js";

const DATED = new Set(["event", "agreement", "quote", "office", "source"]);

/** Two-step links: through the records under `via`, take their `take` links. */
const VIA_EVENTS: Partial<Record<string, readonly [Relation, readonly Relation[]]>> = {
  person: ["events", ["agreements"]],
  place: ["eventsHeld", ["agreements", "quotes"]],
  country: ["events", ["quotes"]],
};

/** Records whose links are kept, the least recently asked dropped first. */
const KEPT = 16;

/** Relation numbers take the low 6 bits of an entry (the registry has fewer than 64 relations). */
const BITS = 64;

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Built<I extends IdMap> {
  /** Every record in list order: dated types by date, then the others by label, each then by id. */
  readonly ranked: readonly DatasetRecord<I>[];
  readonly rankOf: Map<string, number>;
  /** Entries referencing the record of rank `k`: `entries[from[k]]` to `entries[to[k]]`, each `rank * BITS + relation`. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly entries: Int32Array;
  /** The relation of each number. */
  readonly relations: readonly Relation[];
}

export class LinkIndex<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  readonly #label: (record: DatasetRecord<I>) => string;
  #built: Built<I> | undefined;
  /** The latest answers, by record id. */
  readonly #kept = new Map<string, RelatedRecords<I>>();

  constructor(store: RecordStore<I>, label: (record: DatasetRecord<I>) => string) {
    this.#store = store;
    this.#label = label;
  }

  /**
   * The list order of every record: dated types by date, then the others by
   * label, each then by id.
   */
  #rank(): DatasetRecord<I>[] {
    // Each dated type's records come in date order (the store's): sorting them
    // together by date key (day and precision; undated last), then id, merges runs.
    const dated: DatasetRecord<I>[] = [];
    const keys: number[] = [];
    for (const type of DATED) {
      const { records, starts, precisions } = this.#store.dated(type as RecordType);
      records.forEach((record, k) => {
        dated.push(record);
        // Undated: an infinite start, so an infinite key.
        keys.push((starts[k] as number) * 4 + (precisions[k] as number));
      });
    }
    const ranked = dated
      .map((_, i) => i)
      // Two undated records: Infinity − Infinity is NaN, so by id.
      .sort(
        (a, b) =>
          (keys[a] as number) - (keys[b] as number) ||
          order((dated[a] as DatasetRecord<I>).id, (dated[b] as DatasetRecord<I>).id),
      )
      .map((i) => dated[i] as DatasetRecord<I>);
    const rest = this.#store.records.filter((record) => !DATED.has(record.type));
    const labels = new Map(rest.map((record) => [record, this.#label(record)]));
    rest.sort(
      (a, b) => order(labels.get(a) as string, labels.get(b) as string) || order(a.id, b.id),
    );
    for (const record of rest) ranked.push(record);
    return ranked;
  }

  /** Builds the index in one walk of the references (in rank order), then one counting sort. */
  #build(): Built<I> {
    const ranked = this.#rank();
    const rankOf = new Map<string, number>();
    for (let k = 0; k < ranked.length; k++) rankOf.set((ranked[k] as DatasetRecord<I>).id, k);
    const numbers = new Map<Relation, number>();
    const relations: Relation[] = [];
    const targets: number[] = [];
    const entries: number[] = [];
    let rank = 0;
    const add = (reference: { readonly inverse: Relation }, target: string) => {
      const to = rankOf.get(target);
      if (to === undefined) return;
      let number = numbers.get(reference.inverse);
      if (number === undefined) {
        number = relations.length;
        numbers.set(reference.inverse, number);
        relations.push(reference.inverse);
      }
      targets.push(to);
      entries.push(rank * BITS + number);
    };
    for (; rank < ranked.length; rank++) {
      forEachReference(ranked[rank] as DatasetRecord, add);
    }
    // Entries come in ascending order: one repeated (a record holding an id twice under one relation) is listed once.
    const grouped = bucketed(targets, entries, ranked.length);
    return { ranked, rankOf, ...grouped, entries: grouped.values, relations };
  }

  /** The links of one record, by relation, as ascending ranks without repeats. */
  #links(record: DatasetRecord<I>): Map<Relation, Int32Array> {
    this.#built ??= this.#build();
    const { rankOf, from, to, entries, relations } = this.#built;
    const lists = new Map<Relation, number[]>();
    const add = (relation: Relation, rank: number | undefined) => {
      if (rank === undefined) return;
      const list = lists.get(relation);
      if (list) list.push(rank);
      else lists.set(relation, [rank]);
    };
    forEachReference(record as DatasetRecord, (reference, id) =>
      add(reference.relation, rankOf.get(id)),
    );
    /** The records referencing the record of this rank (under the `take` relations only, if given). */
    const incoming = (rank: number | undefined, take?: readonly Relation[]) => {
      if (rank === undefined) return;
      for (let i = from[rank] as number; i < (to[rank] as number); i++) {
        const entry = entries[i] as number;
        const relation = relations[entry % BITS] as Relation;
        if (!take || take.includes(relation)) add(relation, Math.floor(entry / BITS));
      }
    };
    incoming(rankOf.get(record.id));
    const via = VIA_EVENTS[record.type];
    if (via) for (const event of new Set(lists.get(via[0]))) incoming(event, via[1]);
    const out = new Map<Relation, Int32Array>();
    for (const [relation, list] of lists) {
      const ranks = Int32Array.from(list).sort();
      let n = 0;
      for (let i = 0; i < ranks.length; i++) {
        if (i === 0 || ranks[i] !== ranks[i - 1]) ranks[n++] = ranks[i] as number;
      }
      out.set(relation, ranks.subarray(0, n));
    }
    return out;
  }

  related(record: DatasetRecord<I>): RelatedRecords<I> {
    const found = this.#kept.get(record.id);
    if (found?.record === record) {
      this.#kept.delete(record.id);
      this.#kept.set(record.id, found);
      return found;
    }
    const links: Record<string, readonly DatasetRecord<I>[]> = {};
    for (const [relation, ranks] of this.#links(record)) {
      const { ranked } = this.#built as Built<I>;
      links[relation] = Object.freeze(Array.from(ranks, (k) => ranked[k] as DatasetRecord<I>));
    }
    const related = Object.freeze({ record, links: Object.freeze(links) }) as RelatedRecords<I>;
    this.#kept.set(record.id, related);
    if (this.#kept.size > KEPT) this.#kept.delete(this.#kept.keys().next().value as string);
    return related;
  }
}
