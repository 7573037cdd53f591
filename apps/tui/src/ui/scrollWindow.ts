/**
 * The first visible line of a window of `height` lines over `total` lines
 * that keeps lines `first`..`last` (a selected row) in view, moving as little
 * as possible from `previous`, with `margin` lines of context where there is room.
 */
export function scrollWindow(
  previous: number,
  total: number,
  height: number,
  first: number,
  last: number,
  margin = 1,
): number {
  const max = Math.max(0, total - height);
  let start = Math.min(Math.max(0, previous), max);
  if (height <= 0) return 0;
  const room = Math.max(0, Math.min(margin, Math.floor((height - (last - first + 1)) / 2)));
  if (first - room < start) start = first - room;
  if (last + room >= start + height) start = Math.min(first - room, last + room - height + 1);
  return Math.min(Math.max(0, start), max);
}
