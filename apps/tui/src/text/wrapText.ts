import { displayWidth } from "./truncate.js";

/** One wrapped line: `[start, end)` offsets into the text (the line break not included). */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

const segmenter = new Intl.Segmenter();

/**
 * Wraps `text` to `width` columns, at spaces where it can and inside a word
 * only when the word alone is wider than a line. Keeps the offsets of each
 * line into `text` (so highlights given as offsets can be drawn), and starts a
 * new line at every "\n". Wide characters count two columns.
 */
export function wrapRanges(text: string, width: number): LineRange[] {
  const max = Math.max(1, Math.floor(width));
  const lines: LineRange[] = [];
  let offset = 0;
  for (const paragraph of text.split("\n")) {
    wrapParagraph(paragraph, offset, max, lines);
    offset += paragraph.length + 1;
  }
  return lines;
}

function wrapParagraph(text: string, base: number, width: number, out: LineRange[]): void {
  if (text.length === 0) {
    out.push({ start: base, end: base });
    return;
  }
  let lineStart = 0;
  let lineWidth = 0;
  let lastBreak = -1; // offset just after the last space on the line
  let widthAtBreak = 0;
  for (const { segment, index } of segmenter.segment(text)) {
    const w = displayWidth(segment);
    let dropped = false;
    while (lineWidth + w > width && index > lineStart) {
      if (segment === " ") {
        // The space falls at the end of the line: break there and drop it.
        out.push({ start: base + lineStart, end: base + index });
        lineStart = index + 1;
        lineWidth = 0;
        lastBreak = -1;
        dropped = true;
        break;
      }
      if (lastBreak > lineStart) {
        out.push({ start: base + lineStart, end: base + lastBreak - 1 });
        lineStart = lastBreak;
        lineWidth -= widthAtBreak;
      } else {
        out.push({ start: base + lineStart, end: base + index });
        lineStart = index;
        lineWidth = 0;
      }
      lastBreak = -1;
    }
    if (dropped) continue;
    lineWidth += w;
    if (segment === " ") {
      lastBreak = index + 1;
      widthAtBreak = lineWidth;
    }
  }
  out.push({ start: base + lineStart, end: base + text.length });
}

/** `text` wrapped to `width` columns, as lines. */
export function wrapText(text: string, width: number): string[] {
  return wrapRanges(text, width).map((line) => text.slice(line.start, line.end));
}
