import { barText } from "./barText.js";

/** The axis between the two halves of a diverging bar. */
export const AXIS = "│";

/**
 * A diverging bar of a barometer period, `half` cells on each side of the
 * axis: conflict grows left of it (right-aligned up to the axis),
 * cooperation right of it, both scaled to `max` (at least one cell above 0).
 */
export function divergingBar(
  conflict: number,
  cooperation: number,
  max: number,
  half: number,
): { readonly conflict: string; readonly cooperation: string } {
  return {
    conflict: barText(conflict, max, half).padStart(half),
    cooperation: barText(cooperation, max, half).padEnd(half),
  };
}

/** The largest count of either side over periods: the scale every bar of a chart shares. */
export function divergingMax(
  periods: readonly { readonly conflict: number; readonly cooperation: number }[],
): number {
  return Math.max(1, ...periods.flatMap((p) => [p.conflict, p.cooperation]));
}
