/** Longest line of a node label, in characters: longer lines would run out of the chart. */
const LINE = 24;

/**
 * A long label in two lines, broken at the space nearest its middle; a line
 * still too long is cut with an ellipsis (the node's title gives the whole name).
 */
export function labelLines(label: string): string[] {
  if (label.length <= 22) return [label];
  let best = -1;
  for (let i = 0; i < label.length; i++) {
    if (
      label[i] === " " &&
      (best < 0 || Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2))
    )
      best = i;
  }
  // The space stays at the end of the first line, so the text reads as one name.
  const parts = best < 0 ? [label] : [label.slice(0, best + 1), label.slice(best + 1)];
  return parts.map((line) => (line.trimEnd().length > LINE ? `${line.slice(0, LINE - 1)}…` : line));
}
