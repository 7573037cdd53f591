/**
 * Counts timeline entries into barometer periods.
 *
 * Rules:
 * - each event counts once, in the period of its start date; an event that
 *   certainly started before the window (a war, an occupation still going on)
 *   counts in the window's first period;
 * - with `by: "month"`, an event dated to a year only counts in a period of
 *   that year (`precision: "year"`), placed before the year's months;
 * - its quad class is `quadClass(event.cameo)`;
 * - `party` when the country (for a pair: both) takes part, `about` otherwise
 *   (the timeline's marks): the two are counted apart;
 * - `net = cooperation − conflict`, every event counting 1.
 */
import { dateInterval, type Event, type IdMap, quadClass } from "@korea-relations/model";
import type { TimelineEntry } from "../Relations.js";
import {
  type BarometerPeriod,
  QUAD_KEYS,
  type QuadCounts,
  type QuadKey,
} from "./BarometerTypes.js";

type Ids<I extends IdMap> = { [K in QuadKey]: I["event"][] };

interface Bucket<I extends IdMap> {
  readonly period: string;
  readonly precision: "year" | "month";
  readonly party: Ids<I>;
  readonly about: Ids<I>;
}

const emptyIds = <I extends IdMap>(): Ids<I> => ({
  verbalCooperation: [],
  materialCooperation: [],
  verbalConflict: [],
  materialConflict: [],
});

/** Counts, totals and the net score of a set of ids by quad class. */
export function quadCounts<I extends IdMap>(ids: Ids<I>): QuadCounts<I> {
  const cooperation = ids.verbalCooperation.length + ids.materialCooperation.length;
  const conflict = ids.verbalConflict.length + ids.materialConflict.length;
  return {
    verbalCooperation: ids.verbalCooperation.length,
    materialCooperation: ids.materialCooperation.length,
    verbalConflict: ids.verbalConflict.length,
    materialConflict: ids.materialConflict.length,
    cooperation,
    conflict,
    total: cooperation + conflict,
    net: cooperation - conflict,
    events: ids,
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
const monthKey = (year: number, month: number) => `${String(year).padStart(4, "0")}-${pad(month)}`;

/** The first (or last) month a partial date names, as `YYYY-MM`. */
const monthOf = (date: string, last: boolean) =>
  date.length >= 7 ? date.slice(0, 7) : `${date.slice(0, 4)}-${last ? "12" : "01"}`;

/** The period an event counts in, and its precision. */
function periodOf(
  event: Event,
  by: "year" | "month",
  windowStart: number,
  firstPeriod: string | undefined,
): [string, "year" | "month"] {
  if (firstPeriod !== undefined) {
    // The last day the start date may mean: before the window, it certainly started earlier.
    const latestStart = dateInterval({ value: event.date.value }).end;
    if (latestStart < windowStart) return [firstPeriod, by];
  }
  const value = event.date.value;
  if (by === "year" || value.length < 7) return [value.slice(0, 4), "year"];
  return [value.slice(0, 7), "month"];
}

/** Every period from `first` to `last` (inclusive) at `by`, as keys. */
function periodRange(first: string, last: string, by: "year" | "month"): string[] {
  const keys: string[] = [];
  if (by === "year") {
    for (let year = Number(first); year <= Number(last); year++) {
      keys.push(String(year).padStart(4, "0"));
    }
    return keys;
  }
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const end = last.slice(0, 7);
  for (let key = monthKey(year, month); key <= end; key = monthKey(year, month)) {
    keys.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return keys;
}

/** The periods of a barometer over timeline entries (oldest first). */
export function countBarometer<I extends IdMap>(
  entries: readonly TimelineEntry<I>[],
  window: { by: "year" | "month"; from?: string; to?: string; windowStart: number },
): BarometerPeriod<I>[] {
  const { by, from, to, windowStart } = window;
  const firstPeriod =
    from === undefined ? undefined : by === "year" ? from.slice(0, 4) : monthOf(from, false);
  const buckets = new Map<string, Bucket<I>>();
  let min: string | undefined;
  let max: string | undefined;
  for (const { event, role } of entries) {
    const [period, precision] = periodOf(event, by, windowStart, firstPeriod);
    let bucket = buckets.get(period);
    if (!bucket) {
      bucket = { period, precision, party: emptyIds(), about: emptyIds() };
      buckets.set(period, bucket);
    }
    bucket[role][QUAD_KEYS[quadClass(event.cameo) - 1] as QuadKey].push(event.id);
    const axis = by === "year" ? period : monthOf(period, false);
    if (min === undefined || axis < min) min = axis;
    if (max === undefined || axis > max) max = axis;
  }
  const first = firstPeriod ?? min;
  const last = to === undefined ? max : by === "year" ? to.slice(0, 4) : monthOf(to, true);
  if (first === undefined || last === undefined) return [];
  const periods: BarometerPeriod<I>[] = [];
  const add = (bucket: Bucket<I>) =>
    periods.push({
      period: bucket.period,
      precision: bucket.precision,
      party: quadCounts(bucket.party),
      about: quadCounts(bucket.about),
    });
  let year: string | undefined;
  for (const key of periodRange(first, last, by)) {
    if (by === "month" && key.slice(0, 4) !== year) {
      // Events dated to the year only: before the year's first month shown.
      year = key.slice(0, 4);
      const yearOnly = buckets.get(year);
      if (yearOnly) add(yearOnly);
    }
    add(
      buckets.get(key) ?? {
        period: key,
        precision: by,
        party: emptyIds(),
        about: emptyIds(),
      },
    );
  }
  return periods;
}
