import { wrapRanges } from "../text/wrapText.js";
import type { Line, Segment } from "./Line.js";

/** A highlighted range of the text. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
}

/** The last article wrapped: moving from passage to passage wraps it once, not on every key. */
let lastWrap: { text: string; width: number; ranges: ReturnType<typeof wrapRanges> } | undefined;

function wrapped(text: string, width: number): ReturnType<typeof wrapRanges> {
  if (lastWrap?.text !== text || lastWrap.width !== width)
    lastWrap = { text, width, ranges: wrapRanges(text, width) };
  return lastWrap.ranges;
}

/**
 * A text wrapped to `width` with the cited passages marked: a gutter ("┃" on
 * lines with cited text, "▶" on the current passage's lines), cited text
 * underlined (and yellow with colour), the current passage inverse.
 * `passageLines[i]` gives the first and last line of passage i.
 */
export function readerLines(
  text: string,
  width: number,
  passages: readonly Highlight[],
  current: number,
): { lines: Line[]; passageLines: [number, number][] } {
  const ranges = wrapped(text, Math.max(4, width - 2));
  const passageLines: [number, number][] = passages.map(() => [-1, -1]);
  let p = 0; // first passage that may still touch the current line
  const lines = ranges.map((range, lineIndex): Line => {
    while (p < passages.length && (passages[p] as Highlight).end <= range.start) p++;
    const segments: Segment[] = [];
    let at = range.start;
    let gutter = " ";
    for (let q = p; q < passages.length; q++) {
      const passage = passages[q] as Highlight;
      if (passage.start >= range.end) break;
      const from = Math.max(passage.start, range.start);
      const to = Math.min(passage.end, range.end);
      if (to <= from) continue;
      const marks = passageLines[q] as [number, number];
      if (marks[0] < 0) marks[0] = lineIndex;
      marks[1] = lineIndex;
      if (from > at) segments.push({ text: text.slice(at, from) });
      segments.push(
        q === current
          ? { text: text.slice(from, to), inverse: true }
          : { text: text.slice(from, to), underline: true, tone: "warn" },
      );
      at = to;
      gutter = q === current ? "▶" : gutter === "▶" ? gutter : "┃";
    }
    if (range.end > at) segments.push({ text: text.slice(at, range.end) });
    return [
      { text: `${gutter} `, tone: gutter === " " ? "normal" : "accent", bold: gutter === "▶" },
      ...segments,
    ];
  });
  return { lines, passageLines };
}
