import { Box } from "ink";
import type { ReactNode } from "react";

/** From this width on, screens show two panes side by side. */
export const WIDE = 100;

export type PaneSide = "left" | "right";

export interface PanesProps {
  readonly width: number;
  readonly height: number;
  /** Which pane has the keys; the only one shown when narrow. */
  readonly focus: PaneSide;
  /** Share of the width the left pane takes when wide. */
  readonly ratio?: number;
  readonly left: (width: number, height: number) => ReactNode;
  readonly right: (width: number, height: number) => ReactNode;
}

/** Two panes side by side when the terminal is wide, the focused one alone when narrow. */
export function Panes({ width, height, focus, ratio = 0.5, left, right }: PanesProps) {
  if (width < WIDE) {
    return (
      <Box width={width} height={height}>
        {focus === "left" ? left(width, height) : right(width, height)}
      </Box>
    );
  }
  const leftWidth = Math.floor(width * ratio);
  const rightWidth = width - leftWidth - 2;
  return (
    <Box width={width} height={height}>
      <Box width={leftWidth} height={height}>
        {left(leftWidth, height)}
      </Box>
      <Box
        width={rightWidth + 2}
        height={height}
        borderStyle="single"
        borderTop={false}
        borderBottom={false}
        borderRight={false}
        borderDimColor
        paddingLeft={1}
      >
        {right(rightWidth, height)}
      </Box>
    </Box>
  );
}

/** Whether two panes fit side by side. */
export function isWide(width: number): boolean {
  return width >= WIDE;
}
