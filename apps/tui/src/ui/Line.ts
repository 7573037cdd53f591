import type { Tone } from "../details/Detail.js";
import { displayWidth, truncate } from "../text/truncate.js";

/** A run of text with one style. */
export interface Segment {
  readonly text: string;
  readonly tone?: Tone;
  /** A colour (only drawn when colour is on; the text carries the meaning). */
  readonly color?: string;
  readonly bold?: boolean;
  readonly inverse?: boolean;
  readonly underline?: boolean;
}

/** One screen line. */
export type Line = readonly Segment[];

export const EMPTY_LINE: Line = [];

/** The line cut to `width` columns (the last segment that does not fit ends in "…"). */
export function fitLine(line: Line, width: number): Line {
  const out: Segment[] = [];
  let used = 0;
  for (const segment of line) {
    const w = displayWidth(segment.text);
    if (used + w <= width) {
      out.push(segment);
      used += w;
      continue;
    }
    const rest = width - used;
    if (rest > 0) out.push({ ...segment, text: truncate(segment.text, rest) });
    break;
  }
  return out;
}

/** The line padded with spaces (in the style of `fill`) to exactly `width` columns. */
export function padLine(line: Line, width: number, fill: Omit<Segment, "text"> = {}): Line {
  const fitted = fitLine(line, width);
  const used = fitted.reduce((sum, s) => sum + displayWidth(s.text), 0);
  return used < width ? [...fitted, { ...fill, text: " ".repeat(width - used) }] : fitted;
}

/** The plain text of a line. */
export function lineText(line: Line): string {
  return line.map((s) => s.text).join("");
}

/** Every segment of the line with `style` added (a selected row). */
export function styleLine(line: Line, style: Omit<Segment, "text">): Line {
  return line.map((segment) => ({ ...segment, ...style }));
}
