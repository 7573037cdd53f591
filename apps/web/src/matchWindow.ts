type Ranges = readonly (readonly [number, number])[];

/**
 * A long matched text cut to about `length` characters around its first
 * match (from a word start, with "…" where cut), its ranges moved to match;
 * a short text as it is.
 */
export function matchWindow(
  text: string,
  ranges: Ranges,
  length = 140,
): { text: string; ranges: Ranges } {
  if (text.length <= length) return { text, ranges };
  const first = Math.min(...ranges.map(([start]) => start), text.length);
  let start = Math.max(0, Math.min(first - 30, text.length - length));
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space !== -1 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > first) end = space;
  }
  const head = start > 0 ? "…" : "";
  const shift = head.length - start;
  return {
    text: `${head}${text.slice(start, end)}${end < text.length ? "…" : ""}`,
    ranges: ranges
      .map(([a, b]) => [Math.max(a, start) + shift, Math.min(b, end) + shift] as const)
      .filter(([a, b]) => a < b),
  };
}
