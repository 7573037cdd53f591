import { type LineRange, wrapRanges } from "../text/wrapText.js";
import type { Line, Segment } from "./Line.js";

/** A highlighted range of the text. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
}

/** The last article wrapped: moving from passage to passage wraps it once, not on every key. */
let lastWrap: { text: string; width: number; ranges: LineRange[] } | undefined;

/** `text` wrapped to `width` (the reader's text column), as offsets. */
export function readerWrap(text: string, width: number): LineRange[] {
  const w = Math.max(4, width - 2);
  if (lastWrap?.text !== text || lastWrap.width !== w)
    lastWrap = { text, width: w, ranges: wrapRanges(text, w) };
  return lastWrap.ranges;
}

/** The wrapped line holding `offset`. */
export function lineAt(ranges: readonly LineRange[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ranges[mid] as LineRange).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** The style of a piece of text by what covers it. */
function styleOf(passage: "current" | "other" | undefined, match: "current" | "other" | undefined) {
  const style: Omit<Segment, "text"> = {};
  const out = style as { -readonly [K in keyof Segment]?: Segment[K] };
  if (passage === "current") out.inverse = true;
  else if (passage === "other") {
    out.underline = true;
    out.tone = "warn";
  }
  if (match) {
    out.bold = true;
    out.underline = true;
    out.tone = "accent";
    if (match === "current") out.inverse = passage !== "current";
  }
  return style;
}

/**
 * A text wrapped to `width` with the cited passages marked: a gutter ("┃" on
 * lines with cited text, "▶" on the current passage's lines), cited text
 * underlined (and yellow with colour), the current passage inverse; the
 * matches of a search in the text bold and underlined, the current one
 * inverse. `passageLines[i]` gives the first and last line of passage i.
 */
export function readerLines(
  text: string,
  width: number,
  passages: readonly Highlight[],
  current: number,
  matches: readonly Highlight[] = [],
  currentMatch = -1,
): { lines: Line[]; passageLines: [number, number][] } {
  const ranges = readerWrap(text, width);
  const passageLines: [number, number][] = passages.map(() => [-1, -1]);
  let p = 0; // first passage that may still touch the current line
  let m = 0; // first match that may still touch the current line
  const lines = ranges.map((range, lineIndex): Line => {
    while (p < passages.length && (passages[p] as Highlight).end <= range.start) p++;
    while (m < matches.length && (matches[m] as Highlight).end <= range.start) m++;
    // Every place where what covers the text changes, within the line.
    const cuts = new Set([range.start, range.end]);
    const cover: { kind: "passage" | "match"; index: number; from: number; to: number }[] = [];
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
      cover.push({ kind: "passage", index: q, from, to });
      cuts.add(from).add(to);
      gutter = q === current ? "▶" : gutter === "▶" ? gutter : "┃";
    }
    for (let q = m; q < matches.length; q++) {
      const match = matches[q] as Highlight;
      if (match.start >= range.end) break;
      const from = Math.max(match.start, range.start);
      const to = Math.min(match.end, range.end);
      if (to <= from) continue;
      cover.push({ kind: "match", index: q, from, to });
      cuts.add(from).add(to);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i] as number;
      const to = points[i + 1] as number;
      if (to <= from) continue;
      const passage = cover.find((c) => c.kind === "passage" && c.from <= from && to <= c.to);
      const match = cover.find((c) => c.kind === "match" && c.from <= from && to <= c.to);
      segments.push({
        text: text.slice(from, to),
        ...styleOf(
          passage ? (passage.index === current ? "current" : "other") : undefined,
          match ? (match.index === currentMatch ? "current" : "other") : undefined,
        ),
      });
    }
    return [
      { text: `${gutter} `, tone: gutter === " " ? "normal" : "accent", bold: gutter === "▶" },
      ...segments,
    ];
  });
  return { lines, passageLines };
}

/** Where `query` occurs in `text`, ignoring case, in text order. */
export function findAll(text: string, query: string): Highlight[] {
  const needle = query.trim();
  if (needle === "") return [];
  const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "giu");
  const out: Highlight[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    out.push({ start, end: start + match[0].length });
    if (out.length >= 10_000) break;
  }
  return out;
}
