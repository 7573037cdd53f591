import { h } from "./h.js";
import { recordHref } from "./recordHref.js";
import { recordLabel } from "./recordLabel.js";
import type { ViewContext } from "./viewContext.js";

/** A link to a record's page, labelled with its name; plain text for an unknown id. */
export function recordLink(id: string, ctx: ViewContext, text?: string): HTMLElement {
  const record = ctx.r.resolve(id);
  if (!record || record.id !== id) return h("span", null, text ?? id);
  return h(
    "a",
    { href: recordHref(record.type, record.id) },
    text ?? recordLabel(record, ctx.lang, ctx.r.resolve),
  );
}
