import { h } from "./h.js";
import type { ViewContext } from "./viewContext.js";

/** Items drawn at first, and with each "show more". */
export const LIST_STEP = 200;

/**
 * A long list drawn a part at a time, so that a large dataset's lists cost no
 * more to show than a small one's: the first `LIST_STEP` items, then a button
 * that adds the next ones (and keeps the keyboard on the first item added).
 * `draw` makes the list element of some items (whose children the next parts
 * add to); `null` for none. `frame` puts the first list in what is shown (a
 * table's body in its table); the list itself by default. `step`: items per
 * part, `LIST_STEP` unless told.
 */
export function pagedList<T>(
  items: { readonly length: number; slice(start: number, end: number): readonly T[] },
  draw: (part: readonly T[]) => HTMLElement | null,
  ctx: ViewContext,
  frame: (list: HTMLElement) => HTMLElement = (list) => list,
  step = LIST_STEP,
): HTMLElement | null {
  const list = draw(items.slice(0, step));
  if (!list) return null;
  if (items.length <= step) return frame(list);
  let shown = step;
  const button = h("button", { type: "button", class: "more" });
  const label = () => {
    button.textContent = ctx.m.showMore(Math.min(step, items.length - shown), items.length - shown);
  };
  label();
  button.addEventListener("click", () => {
    const part = draw(items.slice(shown, shown + step));
    const added = [...(part?.children ?? [])];
    list.append(...added);
    shown += step;
    if (shown >= items.length) button.remove();
    else label();
    const link = added[0]?.querySelector("a");
    link?.focus();
  });
  return h("div", { class: "paged" }, frame(list), button);
}
