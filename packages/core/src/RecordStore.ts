/**
 * The records of one dataset: by id and by type, each dated type in date
 * order with its days as typed arrays (computed once, on first use), and the
 * dataset grouped as `Dataset` (dated types in date order), built on first use.
 */
import {
  type DatasetRecord,
  type DayRange,
  dateInterval,
  dayOf,
  type IdMap,
  kindOf,
  RECORD_TYPES,
  type RecordOf,
  type RecordType,
  recordDate,
} from "@korea-relations/model";
import type { Dataset } from "./Relations.js";

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Records per type at most (2^22): a position packs into a sort key below it. */
const POSITIONS = 4_194_304;
/** A day after 9999-12-31, for sorting undated records last. */
const UNDATED = 4_000_000;

/** Records of one type in date order, with the first and last day of each one's date. */
export interface Dated<R> {
  /** Oldest first; the less precise first on the same day; then by id; undated last. */
  readonly records: readonly R[];
  /** First day of each record's date (`Infinity` for an undated record). */
  readonly starts: Float64Array;
  /** Last day of each record's date (`-Infinity` for an undated record). */
  readonly ends: Float64Array;
  /** Each record's date's precision: 0 a year, 1 a month, 2 a day (0 undated). */
  readonly precisions: Uint8Array;
}

export class RecordStore<I extends IdMap = IdMap> {
  /** Every record, in the order given. */
  readonly records: readonly DatasetRecord<I>[];
  readonly #byId: Map<string, DatasetRecord<I>>;
  readonly #byType = new Map<RecordType, DatasetRecord<I>[]>();
  readonly #intervals = new Map<DatasetRecord<I>, DayRange | undefined>();
  readonly #dated = new Map<RecordType, Dated<DatasetRecord<I>>>();
  #dataset: Dataset<I> | undefined;

  /**
   * `records` must be frozen, with unique ids (checked before); `byId`, when
   * given, must hold exactly them by id.
   */
  constructor(records: readonly DatasetRecord<I>[], byId?: Map<string, DatasetRecord<I>>) {
    this.records = records;
    for (const type of RECORD_TYPES) this.#byType.set(type, []);
    const fill = byId === undefined;
    this.#byId = byId ?? new Map();
    for (const record of records) {
      if (fill) this.#byId.set(record.id, record);
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

  /** The day interval of a record's ordering date (`date`, an office's start or first sighting, `published`). */
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

  /**
   * Every record of a type in date order (then id), frozen, with its days:
   * sorted once by keys computed once (no date parsed twice).
   */
  dated<T extends RecordType>(type: T): Dated<RecordOf<T, I>> {
    let dated = this.#dated.get(type);
    if (!dated) {
      const list = this.ofType(type) as readonly DatasetRecord<I>[];
      const n = list.length;
      const start = new Float64Array(n);
      const end = new Float64Array(n);
      const precision = new Uint8Array(n);
      const kind = kindOf(type);
      const fields = kind.dates as readonly string[];
      for (let i = 0; i < n; i++) {
        const record = list[i] as unknown as { readonly [field: string]: unknown };
        let date: { value: string; end?: string } | undefined;
        if (kind.orderDate) date = kind.orderDate(record as never);
        else {
          for (const field of fields) {
            date = record[field] as typeof date;
            if (date !== undefined) break;
          }
        }
        if (date === undefined) {
          start[i] = Number.POSITIVE_INFINITY;
          end[i] = Number.NEGATIVE_INFINITY;
          continue;
        }
        start[i] = dayOf(date.value);
        end[i] = dayOf(date.end ?? date.value, true);
        precision[i] = date.value.length === 4 ? 0 : date.value.length === 7 ? 1 : 2;
      }
      // Sorted natively as numbers: day and precision, then the position, packed
      // in one key; records on the same day with the same precision then by id.
      const keys = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        // Undated last: a day after any date of 4 digits.
        const day = start[i] === Number.POSITIVE_INFINITY ? UNDATED : (start[i] as number);
        keys[i] = (day * 4 + (precision[i] as number)) * POSITIONS + i;
      }
      keys.sort();
      const ranks = new Uint32Array(n);
      for (let k = 0; k < n; k++) {
        const key = keys[k] as number;
        ranks[k] = key - Math.floor(key / POSITIONS) * POSITIONS;
      }
      const byId = (a: number, b: number) =>
        order((list[a] as DatasetRecord<I>).id, (list[b] as DatasetRecord<I>).id);
      for (let from = 0; from < n; ) {
        const group = Math.floor((keys[from] as number) / POSITIONS);
        let to = from + 1;
        while (to < n && Math.floor((keys[to] as number) / POSITIONS) === group) to++;
        if (to - from > 1) ranks.subarray(from, to).sort(byId);
        from = to;
      }
      const records = new Array<DatasetRecord<I>>(n);
      const starts = new Float64Array(n);
      const ends = new Float64Array(n);
      const precisions = new Uint8Array(n);
      for (let k = 0; k < n; k++) {
        const i = ranks[k] as number;
        records[k] = list[i] as DatasetRecord<I>;
        starts[k] = start[i] as number;
        ends[k] = end[i] as number;
        precisions[k] = precision[i] as number;
      }
      dated = { records: Object.freeze(records), starts, ends, precisions };
      this.#dated.set(type, dated);
    }
    return dated as unknown as Dated<RecordOf<T, I>>;
  }

  /** Every record of a type in date order (then id), frozen. */
  sorted<T extends RecordType>(type: T): readonly RecordOf<T, I>[] {
    return this.dated(type).records;
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
