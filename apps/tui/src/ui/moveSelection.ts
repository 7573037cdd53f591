import type { Key } from "ink";

/**
 * The new index after a movement key (↑/↓, Ctrl-P/Ctrl-N, PgUp/PgDn,
 * Home/End) in a list of `count` items, or undefined for any other key.
 * `selectable` skips items that cannot be selected (headings).
 */
export function moveSelection(
  input: string,
  key: Key,
  index: number,
  count: number,
  page: number,
  selectable: (i: number) => boolean = () => true,
): number | undefined {
  if (count <= 0) return undefined;
  let step: number;
  let target: number;
  if (key.upArrow || (key.ctrl && input === "p")) [step, target] = [-1, index - 1];
  else if (key.downArrow || (key.ctrl && input === "n")) [step, target] = [1, index + 1];
  else if (key.pageUp) [step, target] = [-1, index - Math.max(1, page)];
  else if (key.pageDown) [step, target] = [1, index + Math.max(1, page)];
  else if (key.home) [step, target] = [1, 0];
  else if (key.end) [step, target] = [-1, count - 1];
  else return undefined;
  target = Math.min(count - 1, Math.max(0, target));
  // Step past items that cannot be selected; stay put if there is none that way.
  for (let i = target; i >= 0 && i < count; i += step) if (selectable(i)) return i;
  for (let i = target; i >= 0 && i < count; i -= step) if (selectable(i)) return i;
  return index;
}
