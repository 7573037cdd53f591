const BLOCKS = "▁▂▃▄▅▆▇█";

/** One block character per year, its height the year's share of the busiest year; an empty year is a space. */
export function sparkline(counts: readonly { readonly count: number }[]): string {
  const max = Math.max(0, ...counts.map((c) => c.count));
  return counts
    .map((c) =>
      c.count === 0 || max === 0
        ? " "
        : BLOCKS[Math.max(0, Math.ceil((c.count / max) * BLOCKS.length) - 1)],
    )
    .join("");
}
