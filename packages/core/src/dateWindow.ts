/**
 * The day interval a filter's `from` and `to` cover: a partial `from` starts
 * at its first day, a partial `to` ends at its last (`to: "2020"` covers all
 * of 2020). Undefined without either.
 */
import { type DayRange, quoted, toDayRange } from "@korea-relations/model";

export type { DayRange };

export function dateWindow(from: unknown, to: unknown, name: string): DayRange | undefined {
  if (from === undefined && to === undefined) return undefined;
  const start =
    from === undefined ? Number.NEGATIVE_INFINITY : toDayRange(from, `${name}.from`).start;
  const end = to === undefined ? Number.POSITIVE_INFINITY : toDayRange(to, `${name}.to`).end;
  if (start > end) {
    throw new RangeError(
      `Invalid ${name}: from ${quoted(String(from))} is after to ${quoted(String(to))}`,
    );
  }
  return { start, end, precision: 2 };
}
