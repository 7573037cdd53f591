/**
 * The records of one dataset: by id and by type, with each record's date as
 * a day interval computed once, and the dataset grouped as `Dataset` (dated
 * types in date order), built on first use.
 */
import {
  type DatasetRecord,
  type DayRange,
  dateInterval,
  type IdMap,
  RECORD_TYPES,
  type RecordOf,
  type RecordType,
  recordDate,
} from "@korea-relations/model";
import type { Dataset } from "./Relations.js";

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class RecordStore<I extends IdMap = IdMap> {
  /** Every record, in the order given. */
  readonly records: readonly DatasetRecord<I>[];
  readonly #byId = new Map<string, DatasetRecord<I>>();
  readonly #byType = new Map<RecordType, DatasetRecord<I>[]>();
  readonly #intervals = new Map<DatasetRecord<I>, DayRange | undefined>();
  readonly #sorted = new Map<RecordType, readonly DatasetRecord<I>[]>();
  #dataset: Dataset<I> | undefined;

  /** `records` must be frozen, with unique ids (checked before). */
  constructor(records: readonly DatasetRecord<I>[]) {
    this.records = records;
    for (const type of RECORD_TYPES) this.#byType.set(type, []);
    for (const record of records) {
      this.#byId.set(record.id, record);
      this.#byType.get(record.type)?.push(record);
    }
  }

  /** The record with this id, or undefined. */
  get(id: string): DatasetRecord<I> | undefined {
    return this.#byId.get(id);
  }

  /** The record with this id if it has this type. */
  getTyped<T extends RecordType>(type: T, id: string): RecordOf<T, I> | undefined {
    const record = this.#byId.get(id);
    return record?.type === type ? (record as RecordOf<T, I>) : undefined;
  }

  /** Every record of a type, in the order given. */
  ofType<T extends RecordType>(type: T): readonly RecordOf<T, I>[] {
    return (this.#byType.get(type) ?? []) as RecordOf<T, I>[];
  }

  /** The day interval of a record's ordering date (`date`, `observed`, `published`). */
  interval(record: DatasetRecord<I>): DayRange | undefined {
    if (this.#intervals.has(record)) return this.#intervals.get(record);
    const date = recordDate(record);
    const interval = date ? dateInterval(date) : undefined;
    this.#intervals.set(record, interval);
    return interval;
  }

  /** Orders records by date (undated last; the less precise first), then id. */
  readonly compare = (a: DatasetRecord<I>, b: DatasetRecord<I>): number => {
    const x = this.interval(a);
    const y = this.interval(b);
    if (x && y) {
      const byDate = x.start - y.start || x.precision - y.precision;
      if (byDate !== 0) return byDate;
    } else if (x || y) return x ? -1 : 1;
    return order(a.id, b.id);
  };

  /** Every record of a type in date order (then id), frozen. */
  sorted<T extends RecordType>(type: T): readonly RecordOf<T, I>[] {
    let list = this.#sorted.get(type);
    if (!list) {
      list = Object.freeze([...this.ofType(type)].sort(this.compare));
      this.#sorted.set(type, list);
    }
    return list as readonly RecordOf<T, I>[];
  }

  /** The records grouped by type: `Dataset`, frozen. */
  get dataset(): Dataset<I> {
    if (!this.#dataset) {
      const group = <T extends RecordType>(type: T) => Object.freeze([...this.ofType(type)]);
      this.#dataset = Object.freeze({
        records: Object.isFrozen(this.records) ? this.records : Object.freeze([...this.records]),
        sources: group("source"),
        countries: group("country"),
        places: group("place"),
        organizations: group("organization"),
        people: group("person"),
        offices: group("office"),
        events: this.sorted("event"),
        agreements: this.sorted("agreement"),
        quotes: this.sorted("quote"),
        topics: group("topic"),
      }) as Dataset<I>;
    }
    return this.#dataset;
  }
}
