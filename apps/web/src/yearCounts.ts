/** Events in one year. */
export interface YearCount {
  readonly year: number;
  readonly count: number;
}

/**
 * Events per year, for the years that have any, in order: each event counts
 * in the year it starts (from a partial ISO date, `2020`, `2020-08-10`).
 */
export function yearCounts(dates: Iterable<string>): YearCount[] {
  const counts = new Map<number, number>();
  for (const date of dates) {
    const year = Number.parseInt(date, 10);
    if (Number.isFinite(year)) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
}
