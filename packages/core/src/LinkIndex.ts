/**
 * Every link between records, both ways, from the record-kind registry's
 * references: a reference from A to B under relation R puts B in A's links
 * under R and A in B's links under R's inverse. A few links follow two steps:
 * a person's agreements (reached at their events), a place's agreements and
 * quotes (at the events held there), a country's quotes (at its events).
 * Lists are in date order (dated types) or by label, then id.
 *
 * The index, built on first use, holds only which records point at each id
 * (record positions, one array per id); the relations are read from those
 * records' references when a record's links are asked for.
 */
import {
  type DatasetRecord,
  forEachReference,
  type IdMap,
  type Relation,
} from "@korea-relations/model";
import type { RecordStore } from "./RecordStore.js";
import type { RelatedRecords } from "./Relations.js";

const DATED = new Set(["event", "agreement", "quote", "office", "source"]);

/** Two-step links: through the records under `via`, take their `take` links. */
const VIA_EVENTS: Partial<Record<string, readonly [Relation, readonly Relation[]]>> = {
  person: ["events", ["agreements"]],
  place: ["eventsHeld", ["agreements", "quotes"]],
  country: ["events", ["quotes"]],
};

export class LinkIndex<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  readonly #label: (record: DatasetRecord<I>) => string;
  /** id → positions (in `store.records`) of the records that reference it. */
  #incoming: Map<string, number[]> | undefined;

  constructor(store: RecordStore<I>, label: (record: DatasetRecord<I>) => string) {
    this.#store = store;
    this.#label = label;
  }

  #incomingOf(id: string): readonly number[] {
    if (!this.#incoming) {
      const incoming = new Map<string, number[]>();
      let position = 0;
      const add = (_: unknown, target: string) => {
        const list = incoming.get(target);
        if (!list) incoming.set(target, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      };
      const { records } = this.#store;
      for (; position < records.length; position++) {
        forEachReference(records[position] as DatasetRecord, add);
      }
      this.#incoming = incoming;
    }
    return this.#incoming.get(id) ?? [];
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
    for (const position of this.#incomingOf(record.id)) {
      const other = this.#store.records[position] as DatasetRecord<I>;
      forEachReference(other as DatasetRecord, (reference, id) => {
        if (id === record.id) add(reference.inverse, other.id);
      });
    }
    const via = VIA_EVENTS[record.type];
    if (via) {
      const [through, take] = via;
      for (const eventId of links.get(through) ?? []) {
        const event = this.#store.get(eventId);
        if (!event) continue;
        for (const position of this.#incomingOf(eventId)) {
          const other = this.#store.records[position] as DatasetRecord<I>;
          forEachReference(other as DatasetRecord, (reference, id) => {
            if (id === eventId && take.includes(reference.inverse))
              add(reference.inverse, other.id);
          });
        }
      }
    }
    return links;
  }

  related(record: DatasetRecord<I>): RelatedRecords<I> {
    const links: Record<string, readonly DatasetRecord<I>[]> = {};
    for (const [relation, ids] of this.#links(record)) {
      const records = [...ids].map((id) => this.#store.get(id) as DatasetRecord<I>);
      // Dated records by date, before the others by label (a source evidences both).
      records.sort((a, b) => {
        const da = DATED.has(a.type);
        const db = DATED.has(b.type);
        if (da && db) return this.#store.compare(a, b);
        if (da !== db) return da ? -1 : 1;
        const x = this.#label(a);
        const y = this.#label(b);
        return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      });
      links[relation] = Object.freeze(records);
    }
    return Object.freeze({ record, links: Object.freeze(links) }) as RelatedRecords<I>;
  }
}
