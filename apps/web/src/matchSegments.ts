/** A piece of a search hit's text, matched or not. */
export interface MatchSegment {
  readonly text: string;
  readonly matched: boolean;
}

/**
 * A hit's text cut at its matched ranges (`[start, end)`, in any order,
 * overlapping or out of bounds), for marking the matches as fzf does.
 */
export function matchSegments(
  text: string,
  ranges: readonly (readonly [number, number])[],
): MatchSegment[] {
  const sorted = ranges
    .map(([a, b]) => [Math.max(0, a), Math.min(text.length, b)] as const)
    .filter(([a, b]) => a < b)
    .sort((x, y) => x[0] - y[0]);
  const segments: MatchSegment[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: text.slice(at, from), matched: false });
    const last = segments.at(-1);
    // Touching ranges make one mark.
    if (last?.matched && from === at)
      segments[segments.length - 1] = { text: last.text + text.slice(from, end), matched: true };
    else segments.push({ text: text.slice(from, end), matched: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), matched: false });
  return segments;
}
