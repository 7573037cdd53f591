/**
 * Partial ISO 8601 dates (`2025`, `2025-11`, `2025-11-01`) as day intervals.
 * Days are numbered from 1970-01-01 (UTC), so spans can be measured.
 */

import { expectString, quoted, typeName } from "./argument";

/** The first and last day a partial date covers, as days since 1970-01-01. */
export interface DayRange {
  readonly start: number;
  readonly end: number;
  /** 0 year, 1 month, 2 day. */
  readonly precision: 0 | 1 | 2;
}

/** ISO 8601 uses the proleptic Gregorian calendar: year 0000 is a leap year. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** Days from 1970-01-01 to a proleptic Gregorian date, by arithmetic (no `Date`). */
function day(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const years = y - era * 400;
  const days = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + date - 1;
  return (
    era * 146097 + years * 365 + Math.floor(years / 4) - Math.floor(years / 100) + days - 719468
  );
}

/** The number written by `length` ASCII digits from `at`, or -1. */
function digits(value: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The first day (or, with `last`, the last day) a partial ISO date covers,
 * as days since 1970-01-01; `NaN` when it is malformed or impossible. Reads
 * the string without allocating, for checks over many records.
 */
export function dayOf(value: string, last = false): number {
  const length = value.length;
  if (length !== 4 && length !== 7 && length !== 10) return Number.NaN;
  const year = digits(value, 0, 4);
  if (year < 0) return Number.NaN;
  if (length === 4) return last ? day(year, 12, 31) : day(year, 1, 1);
  const month = value.charCodeAt(4) === 45 ? digits(value, 5, 2) : -1;
  if (month < 1 || month > 12) return Number.NaN;
  if (length === 7) return day(year, month, last ? daysInMonth(year, month) : 1);
  const date = value.charCodeAt(7) === 45 ? digits(value, 8, 2) : -1;
  if (date < 1 || date > daysInMonth(year, month)) return Number.NaN;
  return day(year, month, date);
}

/**
 * Parses a partial ISO date into the days it covers (days since 1970-01-01,
 * UTC, first and last inclusive) and its precision (0 year, 1 month, 2 day);
 * `undefined` when it is malformed or impossible. For `Date`s, see `dateRange`.
 *
 * ```ts
 * parsePartialDate("2020-02");    // { start: 18293, end: 18321, precision: 1 }
 * parsePartialDate("2021-02-29"); // undefined: not a real day
 * ```
 */
export function parsePartialDate(value: string): DayRange | undefined {
  expectString(value, "parsePartialDate(value)");
  const start = dayOf(value);
  if (Number.isNaN(start)) return undefined;
  const precision = value.length === 4 ? 0 : value.length === 7 ? 1 : 2;
  return { start, end: precision === 2 ? start : dayOf(value, true), precision };
}

/**
 * Parses a date given by a user. Throws `TypeError` for a non-string and
 * `RangeError` naming the value when it is not a real partial ISO date.
 */
export function toDayRange(value: unknown, name = "date"): DayRange {
  if (typeof value !== "string") {
    throw new TypeError(`${name} must be a partial ISO 8601 date string, got ${typeName(value)}`);
  }
  const range = parsePartialDate(value);
  if (!range) {
    throw new RangeError(
      `Invalid ${name} ${quoted(value)}: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  }
  return range;
}

/** The interval of a dataset date `{ value, end? }`. */
export function dateInterval(
  date: { readonly value: string; readonly end?: string },
  name = "date",
): DayRange {
  if (typeof date !== "object" || date === null) {
    throw new TypeError(`${name} must be a date object { value, end? }, got ${typeName(date)}`);
  }
  const start = toDayRange(date.value, `${name}.value`);
  if (date.end === undefined) return start;
  const end = toDayRange(date.end, `${name}.end`);
  return { start: start.start, end: end.end, precision: start.precision };
}

/**
 * Orders dataset dates (`{ value, end? }`) by start, the less precise first;
 * 0 when equal. The order every list of the API uses.
 *
 * ```ts
 * [{ value: "2020-08-10" }, { value: "2020" }].sort(compareDates); // [{ value: "2020" }, { value: "2020-08-10" }]
 * compareDates(getEvent(a).date, getEvent(b).date) < 0;             // a starts first
 * ```
 */
export function compareDates(
  a: { readonly value: string; readonly end?: string },
  b: { readonly value: string; readonly end?: string },
): number {
  const x = dateInterval(a, "compareDates(a)");
  const y = dateInterval(b, "compareDates(b)");
  return x.start - y.start || x.precision - y.precision;
}
