import type { Action } from "./keyBindings.js";

/**
 * The new index after a movement action (up, down, a page, the first, the
 * last) in a list of `count` items, or undefined for any other action or an
 * empty list. `selectable` skips items that cannot be selected (headings).
 */
export function moveSelection(
  action: Action,
  index: number,
  count: number,
  page: number,
  selectable: (i: number) => boolean = () => true,
): number | undefined {
  if (count <= 0) return undefined;
  let step: number;
  let target: number;
  if (action === "move-up") [step, target] = [-1, index - 1];
  else if (action === "move-down") [step, target] = [1, index + 1];
  else if (action === "page-up") [step, target] = [-1, index - Math.max(1, page)];
  else if (action === "page-down") [step, target] = [1, index + Math.max(1, page)];
  else if (action === "first") [step, target] = [1, 0];
  else if (action === "last") [step, target] = [-1, count - 1];
  else return undefined;
  target = Math.min(count - 1, Math.max(0, target));
  // Step past items that cannot be selected; stay put if there is none that way.
  for (let i = target; i >= 0 && i < count; i += step) if (selectable(i)) return i;
  for (let i = target; i >= 0 && i < count; i -= step) if (selectable(i)) return i;
  return index;
}
