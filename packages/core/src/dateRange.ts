/**
 * A partial ISO date as the instants it covers, for code that works with
 * `Date`s (charts, calendars, comparisons with other data).
 */
import { dateInterval, toDayRange, typeName } from "@korea-relations/model";

/** How much of a date is known: its year, its month or its day. */
export type DatePrecision = "year" | "month" | "day";

/** The instants a partial date covers, in UTC, and how precise it is. */
export interface DateRange {
  /** The first instant: 00:00:00.000 UTC of the first day. */
  readonly start: Date;
  /** The last instant: 23:59:59.999 UTC of the last day, so `start <= t && t <= end`. */
  readonly end: Date;
  /** The precision of the date (of `value` for a date with an `end`). */
  readonly precision: DatePrecision;
}

const DAY = 86_400_000;
const PRECISIONS: readonly DatePrecision[] = ["year", "month", "day"];

/**
 * The UTC interval a partial ISO date covers: a year, a month or a day, or
 * for a dataset date with an `end` (a span), from the first day of `value`
 * to the last day of `end`. Throws a `RangeError` naming an impossible date
 * (`2020-13`, `2021-02-29`) and a `TypeError` for anything but a string or
 * a `{ value, end? }` object.
 *
 * ```ts
 * dateRange("2020-08");
 * // { start: 2020-08-01T00:00:00.000Z, end: 2020-08-31T23:59:59.999Z, precision: "month" }
 * const { start, end } = dateRange(getEvent("2025-08-23-kr-jp-tokyo-summit").date);
 * start <= someDate && someDate <= end; // whether someDate falls on the summit's day
 * ```
 */
export function dateRange(
  date: string | { readonly value: string; readonly end?: string },
): DateRange {
  let range: ReturnType<typeof toDayRange>;
  if (typeof date === "string") range = toDayRange(date, "dateRange(date)");
  else if (typeof date === "object" && date !== null) range = dateInterval(date, "dateRange(date)");
  else {
    throw new TypeError(
      `dateRange(date) must be a partial ISO 8601 date string or a date { value, end? }, got ${typeName(date)}`,
    );
  }
  return Object.freeze({
    start: new Date(range.start * DAY),
    end: new Date((range.end + 1) * DAY - 1),
    precision: PRECISIONS[range.precision] as DatePrecision,
  });
}
