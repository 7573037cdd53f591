/** Events per lane and year, for a timeline with too many events to draw one by one. */
export interface TimelineDensity {
  readonly first: number;
  readonly last: number;
  /** Lanes in display order, each with its count per year (`counts[year - first]`). */
  readonly lanes: readonly { readonly key: string; readonly counts: readonly number[] }[];
  /** The largest count of one lane in one year. */
  readonly max: number;
}

/**
 * Counts each event once per lane (`lanesOf`), in the year it starts
 * (`yearOf`); lanes in `order` first, then in first-seen order. Read straight
 * from the events: nothing is built per event.
 */
export function timelineDensity<T>(
  items: readonly T[],
  yearOf: (item: T) => number,
  lanesOf: (item: T) => readonly string[],
  order: readonly string[] = [],
): TimelineDensity {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const year = yearOf(item);
    if (year < first) first = year;
    if (year > last) last = year;
  }
  if (items.length === 0) return { first: 0, last: -1, lanes: [], max: 0 };
  const span = last - first + 1;
  const byLane = new Map<string, number[]>();
  for (const key of order) byLane.set(key, []);
  let max = 0;
  for (const item of items) {
    const at = yearOf(item) - first;
    for (const lane of lanesOf(item)) {
      let counts = byLane.get(lane);
      if (!counts) {
        counts = [];
        byLane.set(lane, counts);
      }
      if (counts.length === 0) counts.length = span;
      const n = (counts[at] ?? 0) + 1;
      counts[at] = n;
      if (n > max) max = n;
    }
  }
  const lanes = [...byLane]
    .filter(([, counts]) => counts.length > 0)
    .map(([key, counts]) => ({ key, counts: Array.from(counts, (n) => n ?? 0) }));
  return { first, last, lanes, max };
}
