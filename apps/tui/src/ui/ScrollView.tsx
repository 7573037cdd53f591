import { Box } from "ink";
import { useRef } from "react";
import type { Line } from "./Line.js";
import { LineView } from "./LineView.js";
import { scrollWindow } from "./scrollWindow.js";

export interface ScrollViewProps {
  readonly lines: readonly Line[];
  readonly height: number;
  /** Lines that must stay visible (the selected row), as [first, last]. */
  readonly focus?: readonly [number, number];
  /** Scroll to this line instead of following `focus`. */
  readonly start?: number;
  readonly color: boolean;
}

/** A window of exactly `height` lines over `lines`, following the selection. */
export function ScrollView({ lines, height, focus, start, color }: ScrollViewProps) {
  const previous = useRef(0);
  const first =
    start !== undefined
      ? Math.min(Math.max(0, start), Math.max(0, lines.length - height))
      : focus
        ? scrollWindow(previous.current, lines.length, height, focus[0], focus[1])
        : Math.min(previous.current, Math.max(0, lines.length - height));
  previous.current = first;
  const visible = lines.slice(first, first + Math.max(0, height));
  return (
    <Box flexDirection="column" height={Math.max(0, height)}>
      {visible.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a window's lines are identified by their place
        <LineView key={i} line={line} color={color} />
      ))}
    </Box>
  );
}
