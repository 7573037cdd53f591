import { Box } from "ink";
import { useRef } from "react";
import type { Line } from "./Line.js";
import { LineView } from "./LineView.js";
import { scrollWindow } from "./scrollWindow.js";

/** Lines made on demand: a long list draws only the lines in sight. */
export interface LineSource {
  readonly length: number;
  line(index: number): Line;
}

export interface ScrollViewProps {
  readonly lines: readonly Line[] | LineSource;
  readonly height: number;
  /** Lines that must stay visible (the selected row), as [first, last]. */
  readonly focus?: readonly [number, number];
  /** Scroll to this line instead of following `focus`. */
  readonly start?: number;
  readonly color: boolean;
  /** Show "↑ n more" / "↓ n more" where lines are out of sight (default true). */
  readonly cues?: boolean;
}

const lineOf = (lines: readonly Line[] | LineSource, index: number): Line =>
  Array.isArray(lines) ? (lines[index] as Line) : (lines as LineSource).line(index);

/** Where a window of `height` lines over `total` starts, and whether it shows the cues. */
export function scrollLayout(
  previous: number,
  total: number,
  height: number,
  focus: readonly [number, number] | undefined,
  start: number | undefined,
  cues: boolean,
): { first: number; shown: number; above: boolean; below: boolean } {
  let above = false;
  let below = false;
  let first = 0;
  let shown = Math.max(0, height);
  // The cues take a line each: settle which are needed (at most a few rounds).
  for (let round = 0; round < 3; round++) {
    shown = Math.max(1, height - (above ? 1 : 0) - (below ? 1 : 0));
    const max = Math.max(0, total - shown);
    first =
      start !== undefined
        ? Math.min(Math.max(0, start), max)
        : focus
          ? scrollWindow(previous, total, shown, focus[0], focus[1])
          : Math.min(previous, max);
    const nextAbove = cues && total > height && first > 0;
    const nextBelow = cues && total > height && first + shown < total;
    if (nextAbove === above && nextBelow === below) break;
    above = nextAbove;
    below = nextBelow;
  }
  if (height <= 0) return { first: 0, shown: 0, above: false, below: false };
  return { first, shown: Math.min(shown, height), above, below };
}

/**
 * A window of exactly `height` lines over `lines`, following the selection,
 * with a cue where lines are out of sight above or below.
 */
export function ScrollView({ lines, height, focus, start, color, cues = true }: ScrollViewProps) {
  const previous = useRef(0);
  const total = lines.length;
  const { first, shown, above, below } = scrollLayout(
    previous.current,
    total,
    height,
    focus,
    start,
    cues,
  );
  previous.current = first;
  const visible: Line[] = [];
  if (above) visible.push([{ text: `  ↑ ${first} more`, tone: "dim" }]);
  for (let i = first; i < Math.min(total, first + shown); i++) visible.push(lineOf(lines, i));
  if (below) visible.push([{ text: `  ↓ ${total - first - shown} more`, tone: "dim" }]);
  return (
    <Box flexDirection="column" height={Math.max(0, height)}>
      {visible.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a window's lines are identified by their place
        <LineView key={i} line={line} color={color} />
      ))}
    </Box>
  );
}
