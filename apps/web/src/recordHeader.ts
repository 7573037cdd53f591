import type { RecordType } from "@korea-relations/core";
import type { CiteRegistry } from "./citeRegistry.js";
import { citeThis } from "./citeThis.js";
import { type Child, h } from "./h.js";
import type { ViewContext } from "./viewContext.js";

/**
 * A record page's heading: its kind, its name (focus lands here), what follows
 * it (a summary), then the markers of the evidence for the whole record —
 * outside the heading, so that headings read as names only — and "cite this".
 */
export function recordHeader(
  type: RecordType,
  title: Child,
  cites: CiteRegistry,
  ctx: ViewContext,
  ...below: Child[]
): HTMLElement {
  const marks = cites.whole();
  return h(
    "header",
    { class: "record-head" },
    h("p", { class: `type type-${type}` }, ctx.m.types[type][0]),
    h("h1", { tabindex: "-1" }, title),
    below,
    marks
      ? h("p", { class: "record-cites" }, h("span", null, ctx.m.recordEvidence), " ", marks)
      : null,
    citeThis(cites.id, ctx),
  );
}
