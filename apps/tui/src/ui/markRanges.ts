import { cleanText } from "../text/cleanText.js";
import type { Segment } from "./Line.js";

/**
 * `text` as segments with the characters in `ranges` (`[start, end)`
 * offsets into `text`, as core's search reports them) marked: bold and
 * underlined, so the mark shows without colour. Each piece is cleaned for
 * the terminal after the cut, so the offsets keep their meaning.
 */
export function markRanges(
  text: string,
  ranges: readonly (readonly [number, number])[],
  style: Omit<Segment, "text"> = {},
): Segment[] {
  const clean = (piece: string) => cleanText(piece).replace(/\s+/g, " ");
  const sorted = [...ranges]
    .filter(([a, b]) => b > a && a < text.length)
    .sort((x, y) => x[0] - y[0]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    const from = Math.max(at, start);
    const to = Math.min(text.length, end);
    if (to <= from) continue;
    if (from > at) segments.push({ ...style, text: clean(text.slice(at, from)) });
    segments.push({ ...style, text: clean(text.slice(from, to)), underline: true, bold: true });
    at = to;
  }
  if (at < text.length || segments.length === 0)
    segments.push({ ...style, text: clean(text.slice(at)) });
  // Leading and trailing space as a one-line label would have it.
  const first = segments[0];
  if (first) segments[0] = { ...first, text: first.text.replace(/^\s+/, "") };
  const last = segments.at(-1);
  if (last) segments[segments.length - 1] = { ...last, text: last.text.replace(/\s+$/, "") };
  return segments.filter((s) => s.text !== "");
}
