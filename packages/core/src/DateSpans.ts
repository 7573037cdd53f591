/**
 * Date windows over records in date order: which ranks may overlap a window
 * of days. Records are sorted by start; those spanning at most `LONG` days are
 * found by a binary search from the window's start minus the longest such
 * span; longer ones (a war, a colonial rule) are few and kept apart, so one
 * 35-year event does not make every month's query walk back 35 years.
 */
import type { DayRange } from "@korea-relations/model";

/** Spans longer than this (in days) are kept apart from the binary-searched ones. */
const LONG = 400;

export class DateSpans {
  /** First day of each rank's date, ascending (`Infinity` for undated ones, last). */
  readonly starts: Float64Array;
  /** Last day of each rank's date. */
  readonly ends: Float64Array;
  /** Ranks spanning more than `LONG` days, ascending. */
  readonly #long: number[] = [];
  /** Longest span of the other ranks. */
  #maxShort = 0;

  constructor(starts: Float64Array, ends: Float64Array) {
    this.starts = starts;
    this.ends = ends;
    for (let rank = 0; rank < starts.length; rank++) {
      const span = (ends[rank] as number) - (starts[rank] as number);
      if (span > LONG) this.#long.push(rank);
      else if (span > this.#maxShort) this.#maxShort = span;
    }
  }

  /** Whether rank `rank`'s date overlaps `window`. */
  overlaps(rank: number, window: DayRange): boolean {
    return (
      (this.starts[rank] as number) <= window.end && (this.ends[rank] as number) >= window.start
    );
  }

  /** How many ranks `each` visits for `window`, at most (to choose between it and a posting list). */
  size(window: DayRange): number {
    return this.#upper(window) - this.#lower(window) + this.#long.length;
  }

  /** Calls `visit` with every rank whose date may overlap `window`, ascending (each once). */
  each(window: DayRange, visit: (rank: number) => void): void {
    const from = this.#lower(window);
    const to = this.#upper(window);
    const long = this.#long;
    let k = 0;
    for (; k < long.length && (long[k] as number) < from; k++) visit(long[k] as number);
    for (let rank = from; rank < to; rank++) visit(rank);
    for (; k < long.length; k++) if ((long[k] as number) >= to) visit(long[k] as number);
  }

  #lower(window: DayRange): number {
    return this.#lowerBound(window.start - this.#maxShort);
  }

  #upper(window: DayRange): number {
    return this.#lowerBound(window.end + 1);
  }

  /** First rank whose start is ≥ `day`. */
  #lowerBound(day: number): number {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
