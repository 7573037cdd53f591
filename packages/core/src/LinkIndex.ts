/**
 * Every link between records, both ways, from the record-kind registry's
 * references: a reference from A to B under relation R puts B in A's links
 * under R and A in B's links under R's inverse. A few links follow two steps:
 * a person's agreements (reached at their events), a place's agreements and
 * quotes (at the events held there), a country's quotes (at its events).
 * Lists are in date order (dated types) or by label, then id. Built on first use.
 */
import {
  type DatasetRecord,
  type IdMap,
  type Relation,
  referencesOf,
} from "@korea-relations/model";
import type { RecordStore } from "./RecordStore.js";
import type { RelatedRecords } from "./Relations.js";

type Links = Map<Relation, Set<string>>;

const DATED = new Set(["event", "agreement", "quote", "office", "source"]);

export class LinkIndex<I extends IdMap = IdMap> {
  readonly #store: RecordStore<I>;
  readonly #label: (record: DatasetRecord<I>) => string;
  #links: Map<string, Links> | undefined;

  constructor(store: RecordStore<I>, label: (record: DatasetRecord<I>) => string) {
    this.#store = store;
    this.#label = label;
  }

  #build(): Map<string, Links> {
    if (this.#links) return this.#links;
    const links = new Map<string, Links>();
    const add = (from: string, relation: Relation, to: string) => {
      let own = links.get(from);
      if (!own) {
        own = new Map();
        links.set(from, own);
      }
      let set = own.get(relation);
      if (!set) {
        set = new Set();
        own.set(relation, set);
      }
      set.add(to);
    };
    for (const record of this.#store.records) {
      for (const [reference, , id] of referencesOf(record)) {
        if (!this.#store.get(id)) continue;
        add(record.id, reference.relation, id);
        add(id, reference.inverse, record.id);
      }
    }
    // Two steps: agreements and quotes at the events a record is linked to.
    const viaEvents = (owner: string, eventRelation: Relation, targets: readonly Relation[]) => {
      const own = links.get(owner);
      for (const event of own?.get(eventRelation) ?? []) {
        for (const relation of targets) {
          for (const id of links.get(event)?.get(relation) ?? []) add(owner, relation, id);
        }
      }
    };
    for (const person of this.#store.ofType("person"))
      viaEvents(person.id, "events", ["agreements"]);
    for (const place of this.#store.ofType("place")) {
      viaEvents(place.id, "eventsHeld", ["agreements", "quotes"]);
    }
    for (const country of this.#store.ofType("country"))
      viaEvents(country.id, "events", ["quotes"]);
    this.#links = links;
    return links;
  }

  related(record: DatasetRecord<I>): RelatedRecords<I> {
    const own = this.#build().get(record.id);
    const links: Record<string, readonly DatasetRecord<I>[]> = {};
    for (const [relation, ids] of own ?? []) {
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
