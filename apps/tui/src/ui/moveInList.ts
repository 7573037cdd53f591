import type { Action } from "./keyBindings.js";
import { moveSelection } from "./moveSelection.js";

/**
 * The selection after a movement action in a filtered list: `selected` and
 * the result are positions in the whole list, `kept` the positions shown.
 */
export function moveInList(
  action: Action,
  selected: number,
  kept: readonly number[],
  page: number,
): number | undefined {
  const at = Math.max(0, kept.indexOf(selected));
  const moved = moveSelection(action, at, kept.length, page);
  return moved === undefined ? undefined : kept[moved];
}

/** The selection shown: `selected` when kept, else the first row kept (-1 for none). */
export function shownSelection(selected: number, kept: readonly number[]): number {
  if (kept.length === 0) return -1;
  return kept.includes(selected) ? selected : (kept[0] as number);
}
