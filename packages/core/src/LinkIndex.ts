/**
 * Every link between records, both ways, from the record-kind registry's
 * references: a reference from A to B under relation R puts B in A's links
 * under R and A in B's links under R's inverse. A few links follow two steps:
 * a person's agreements (reached at their events), a place's agreements and
 * quotes (at the events held there), a country's quotes (at its events).
 * Lists are in date order (dated types) or by label, then id.
 *
 * The index, built on first use, holds only which records point at each id
 * (record positions, in one typed array); the relations are read from those
 * records' references when a record's links are asked for. The latest
 * answers are kept: a page asks for a record's links more than once.
 */

import {
  type DatasetRecord,
  forEachReference,
  type IdMap,
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

export class LinkIndex<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  readonly #label: (record: DatasetRecord<I>) => string;
  /**
   * Which records reference each id, as one typed array: the positions (in
   * `store.records`) referencing the id of slot `s` run from `#from[s]` to
   * `#to[s]`, ascending.
   */
  #incoming:
    | { slots: Map<string, number>; from: Int32Array; to: Int32Array; positions: Int32Array }
    | undefined;
  /** The latest answers, by record id. */
  readonly #kept = new Map<string, RelatedRecords<I>>();

  constructor(store: RecordStore<I>, label: (record: DatasetRecord<I>) => string) {
    this.#store = store;
    this.#label = label;
  }

  /** Builds the incoming index in one walk of the references, then one counting sort. */
  #build() {
    const slots = new Map<string, number>();
    const slotOf: number[] = [];
    const positionOf: number[] = [];
    let position = 0;
    const add = (_: unknown, target: string) => {
      let slot = slots.get(target);
      if (slot === undefined) {
        slot = slots.size;
        slots.set(target, slot);
      }
      slotOf.push(slot);
      positionOf.push(position);
    };
    const { records } = this.#store;
    for (; position < records.length; position++) {
      forEachReference(records[position] as DatasetRecord, add);
    }
    // Positions come in ascending order: a record holding an id twice is listed once.
    const { from, to, values: positions } = bucketed(slotOf, positionOf, slots.size);
    return { slots, from, to, positions };
  }

  /** Calls `visit` with each record referencing `id`, in the order given. */
  #eachIncoming(id: string, visit: (record: DatasetRecord<I>) => void): void {
    this.#incoming ??= this.#build();
    const { slots, from, to, positions } = this.#incoming;
    const slot = slots.get(id);
    if (slot === undefined) return;
    const { records } = this.#store;
    for (let i = from[slot] as number; i < (to[slot] as number); i++) {
      visit(records[positions[i] as number] as DatasetRecord<I>);
    }
  }

  /** The links of one record, by relation, as sets of ids. */
  #links(record: DatasetRecord<I>): Map<Relation, Set<string>> {
    const links = new Map<Relation, Set<string>>();
    const add = (relation: Relation, id: string) => {
      let set = links.get(relation);
      if (!set) {
        set = new Set();
        links.set(relation, set);
      }
      set.add(id);
    };
    forEachReference(record as DatasetRecord, (reference, id) => {
      if (this.#store.get(id)) add(reference.relation, id);
    });
    this.#eachIncoming(record.id, (other) => {
      forEachReference(other as DatasetRecord, (reference, id) => {
        if (id === record.id) add(reference.inverse, other.id);
      });
    });
    const via = VIA_EVENTS[record.type];
    if (via) {
      const [through, take] = via;
      for (const eventId of links.get(through) ?? []) {
        if (!this.#store.get(eventId)) continue;
        this.#eachIncoming(eventId, (other) => {
          forEachReference(other as DatasetRecord, (reference, id) => {
            if (id === eventId && take.includes(reference.inverse)) {
              add(reference.inverse, other.id);
            }
          });
        });
      }
    }
    return links;
  }

  /**
   * Records in the order of the lists: dated records by date (undated last,
   * the less precise first on a day), then id, before the others by label,
   * then id (a source evidences both). Each key is worked out once.
   */
  #ordered(ids: Iterable<string>): readonly DatasetRecord<I>[] {
    const records: DatasetRecord<I>[] = [];
    for (const id of ids) records.push(this.#store.get(id) as DatasetRecord<I>);
    const n = records.length;
    const day = new Float64Array(n);
    const labels: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const record = records[i] as DatasetRecord<I>;
      if (DATED.has(record.type)) {
        const interval = this.#store.interval(record);
        // Dated types first; undated ones after every date, before the labelled types.
        day[i] = interval ? interval.start * 4 + interval.precision : Number.MAX_VALUE;
      } else {
        day[i] = Number.POSITIVE_INFINITY;
        labels[i] = this.#label(record);
      }
    }
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => {
      const x = day[a] as number;
      const y = day[b] as number;
      if (x !== y) return x < y ? -1 : 1;
      if (x === Number.POSITIVE_INFINITY) {
        const p = labels[a] as string;
        const q = labels[b] as string;
        if (p !== q) return p < q ? -1 : 1;
      }
      const i = (records[a] as DatasetRecord<I>).id;
      const j = (records[b] as DatasetRecord<I>).id;
      return i < j ? -1 : i > j ? 1 : 0;
    });
    return Object.freeze(order.map((i) => records[i] as DatasetRecord<I>));
  }

  related(record: DatasetRecord<I>): RelatedRecords<I> {
    const found = this.#kept.get(record.id);
    if (found?.record === record) {
      this.#kept.delete(record.id);
      this.#kept.set(record.id, found);
      return found;
    }
    const links: Record<string, readonly DatasetRecord<I>[]> = {};
    for (const [relation, ids] of this.#links(record)) links[relation] = this.#ordered(ids);
    const related = Object.freeze({ record, links: Object.freeze(links) }) as RelatedRecords<I>;
    this.#kept.set(record.id, related);
    if (this.#kept.size > KEPT) this.#kept.delete(this.#kept.keys().next().value as string);
    return related;
  }
}
