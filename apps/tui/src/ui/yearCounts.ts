import type { Event } from "@korea-relations/core";

/** Events per year (the first four characters of the date), in year order, for charts. */
export function yearCounts(events: readonly Event[]): { year: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    const year = event.date.value.slice(0, 4);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, count]) => ({ year, count }));
}

const BLOCKS = "▁▂▃▄▅▆▇█";

/** One block character per year, its height the year's share of the busiest year. */
export function sparkline(counts: readonly { count: number }[]): string {
  const max = Math.max(0, ...counts.map((c) => c.count));
  return counts
    .map((c) => BLOCKS[max === 0 ? 0 : Math.max(0, Math.ceil((c.count / max) * BLOCKS.length) - 1)])
    .join("");
}
