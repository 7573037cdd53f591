/**
 * Dates as people type them, in English and German: ISO, full or partial
 * ("2025-11-01", "2025-11"), "1.11.2025", "1 Nov 2025", "1. November 2025",
 * "Nov 1, 2025", "November 2025", "Nov. 2025". Days are compared as
 * `yyyymmdd` numbers; a partial date covers its whole month or year.
 */

/** A date interval as `yyyymmdd` numbers, both ends included. */
export interface DayInterval {
  readonly start: number;
  readonly end: number;
}

/** A date found in a query: its interval and where it stood in the query. */
export interface DateTerm extends DayInterval {
  readonly index: number;
  readonly length: number;
}

const MONTHS: Record<string, number> = {};
for (const [month, names] of [
  [1, "january jan januar jaenner jänner"],
  [2, "february feb februar"],
  [3, "march mar maerz marz märz mrz"],
  [4, "april apr"],
  [5, "may mai"],
  [6, "june jun juni"],
  [7, "july jul juli"],
  [8, "august aug"],
  [9, "september sept sep"],
  [10, "october oct oktober okt"],
  [11, "november nov"],
  [12, "december dec dezember dez"],
] as const) {
  for (const name of names.split(" ")) MONTHS[name] = month;
}
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string?, string?] }[] = [
  // 2025-11-01, 2025-11, 2025/11/01
  {
    re: new RegExp(`${B}(\\d{4})[-/](\\d{1,2})(?:[-/](\\d{1,2}))?${E}`, "gu"),
    parts: (m) => [m[1] as string, m[2], m[3]],
  },
  // 1.11.2025
  {
    re: new RegExp(`${B}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${E}`, "gu"),
    parts: (m) => [m[3] as string, m[2], m[1]],
  },
  // 1 Nov 2025, 1. November 2025, 1st of November 2025
  {
    re: new RegExp(
      `${B}(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?(${MONTH})\\.?,?\\s*(\\d{4})${E}`,
      "gu",
    ),
    parts: (m) => [m[3] as string, String(MONTHS[m[2] as string]), m[1]],
  },
  // Nov 1, 2025
  {
    re: new RegExp(`${B}(${MONTH})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${E}`, "gu"),
    parts: (m) => [m[3] as string, String(MONTHS[m[1] as string]), m[2]],
  },
  // November 2025, Nov. 2025
  {
    re: new RegExp(`${B}(${MONTH})\\.?,?\\s*(\\d{4})${E}`, "gu"),
    parts: (m) => [m[2] as string, String(MONTHS[m[1] as string])],
  },
];

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The interval of a year, month and day given as digits; `undefined` when impossible. */
export function dayInterval(year: string, month?: string, day?: string): DayInterval | undefined {
  const y = Number(year);
  if (month === undefined) return { start: y * 10000 + 101, end: y * 10000 + 1231 };
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  if (day === undefined) return { start: y * 10000 + m * 100 + 1, end: y * 10000 + m * 100 + 31 };
  const d = Number(day);
  if (d < 1 || d > daysIn(y, m)) return undefined;
  return { start: y * 10000 + m * 100 + d, end: y * 10000 + m * 100 + d };
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isoInterval(value: string): DayInterval | undefined {
  const m = ISO.exec(value);
  return m ? dayInterval(m[1] as string, m[2], m[3]) : undefined;
}

/** The interval of a record's date (`value`, optional `end`); `undefined` when malformed. */
export function recordInterval(date: {
  readonly value: string;
  readonly end?: string;
}): DayInterval | undefined {
  const from = isoInterval(date.value);
  if (!from || date.end === undefined) return from;
  const to = isoInterval(date.end);
  return to && to.end >= from.start ? { start: from.start, end: to.end } : from;
}

/**
 * The dates written in a folded query, left to right, not overlapping. A bare
 * year is not taken here (it may be a number): see `queryTerms`.
 */
export function dateTerms(query: string): DateTerm[] {
  const found: DateTerm[] = [];
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(query); m; m = re.exec(query)) {
      const index = m.index;
      const length = m[0].length;
      if (found.some((t) => index < t.index + t.length && t.index < index + length)) continue;
      const interval = dayInterval(...parts(m));
      if (interval) found.push({ ...interval, index, length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
