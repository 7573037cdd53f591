import type { Line } from "./Line.js";
import { readerLines } from "./readerLines.js";

/** About `height` lines of `text` around `span`, wrapped to `width`, the span highlighted. */
export function passageContext(
  text: string,
  span: readonly [number, number],
  width: number,
  height: number,
): Line[] {
  const { lines, passageLines } = readerLines(text, width, [{ start: span[0], end: span[1] }], 0);
  const [first, last] = passageLines[0] ?? [0, 0];
  const before = Math.max(0, Math.floor((height - (last - first + 1)) / 2));
  const start = Math.max(0, Math.min(first - before, lines.length - height));
  return lines.slice(start, start + Math.max(0, height));
}
