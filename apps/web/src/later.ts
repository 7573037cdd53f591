import { append, type Child, h } from "./h.js";
import type { ViewContext } from "./viewContext.js";

/**
 * A part of the page drawn in a task of its own once the page is shown: a
 * busy box till then, which it fills (not when the reader has gone elsewhere,
 * nor when the box has been replaced meanwhile).
 */
export function later(draw: () => Child, ctx: ViewContext): HTMLElement {
  const box = h("div", { class: "later", "aria-busy": "true" });
  setTimeout(() => {
    if (box.isConnected && ctx.current()) append(box, draw());
    box.removeAttribute("aria-busy");
  }, 0);
  return box;
}
