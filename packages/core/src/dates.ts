/**
 * Partial ISO 8601 dates (`2025`, `2025-11`, `2025-11-01`) as day intervals.
 * Days are numbered from 1970-01-01 (UTC), so spans can be measured.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last day a partial date covers, as days since 1970-01-01. */
export interface DayRange {
  readonly start: number;
  readonly end: number;
  /** 0 year, 1 month, 2 day. */
  readonly precision: 0 | 1 | 2;
}

const DAY = 86_400_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function day(year: number, month: number, date: number): number {
  const time = new Date(0);
  time.setUTCFullYear(year, month - 1, date);
  return Math.round(time.getTime() / DAY);
}

/** Parses a partial ISO date; `undefined` when it is malformed or impossible. */
export function parsePartialDate(value: string): DayRange | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { start: day(year, 1, 1), end: day(year, 12, 31), precision: 0 };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) {
    return {
      start: day(year, month, 1),
      end: day(year, month, daysInMonth(year, month)),
      precision: 1,
    };
  }
  const date = Number(match[3]);
  if (date < 1 || date > daysInMonth(year, month)) return undefined;
  return { start: day(year, month, date), end: day(year, month, date), precision: 2 };
}

/**
 * Parses a date given by a user. Throws `TypeError` for a non-string and
 * `RangeError` naming the value when it is not a real partial ISO date.
 */
export function toDayRange(value: unknown, name = "date"): DayRange {
  if (typeof value !== "string") {
    throw new TypeError(`${name} must be a partial ISO 8601 date string, got ${typeof value}`);
  }
  const range = parsePartialDate(value);
  if (!range) {
    throw new RangeError(
      `Invalid ${name} "${value}": expected a real date as YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  }
  return range;
}

/** The interval of a dataset date `{ value, end? }`. */
export function dateInterval(date: { readonly value: string; readonly end?: string }): DayRange {
  const start = toDayRange(date.value);
  if (date.end === undefined) return start;
  const end = toDayRange(date.end);
  return { start: start.start, end: end.end, precision: start.precision };
}

/** Orders dates by start, the less precise first; 0 when equal. */
export function compareDates(
  a: { readonly value: string; readonly end?: string },
  b: { readonly value: string; readonly end?: string },
): number {
  const x = dateInterval(a);
  const y = dateInterval(b);
  return x.start - y.start || x.precision - y.precision;
}
