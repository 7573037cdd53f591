import { h } from "./h.js";
import { recordLink } from "./recordLink.js";
import type { ViewContext } from "./viewContext.js";

/** Links to records, separated by commas; `null` for none. */
export function linkList(ids: readonly string[], ctx: ViewContext): HTMLElement | null {
  if (ids.length === 0) return null;
  return h(
    "span",
    { class: "links" },
    ids.flatMap((id, index) => (index === 0 ? [recordLink(id, ctx)] : [", ", recordLink(id, ctx)])),
  );
}
