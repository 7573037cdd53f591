/** A horizontal bar of `value` out of `max`, at most `width` cells, at least one cell for a value above 0. */
export function barText(value: number, max: number, width: number): string {
  if (max <= 0 || value <= 0 || width <= 0) return "";
  const cells = Math.max(1, Math.round((value / max) * width));
  return "█".repeat(Math.min(width, cells));
}
