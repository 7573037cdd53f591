import { h } from "./h.js";
import { recordHref } from "./recordHref.js";
import type { ViewContext } from "./viewContext.js";

/** A link to a record's page, labelled by core's `recordLabel`; plain text for an unknown id. */
export function recordLink(id: string, ctx: ViewContext, text?: string): HTMLElement {
  const record = ctx.r.resolve(id);
  if (!record || record.id !== id) return h("span", null, text ?? id);
  return h(
    "a",
    {
      href: recordHref(record.type, record.id),
      lang: record.type === "quote" ? record.language : null,
    },
    text ?? ctx.r.recordLabel(record, ctx.lang),
  );
}
