import type { RecordType } from "@korea-relations/core";
import { type Child, h } from "./h.js";
import type { ViewContext } from "./viewContext.js";

/** A record page's heading: its kind, its name (focus lands here) and markers of its evidence. */
export function recordHeader(
  type: RecordType,
  title: string,
  marks: HTMLElement | null,
  ctx: ViewContext,
  ...below: Child[]
): HTMLElement {
  return h(
    "header",
    { class: "record-head" },
    h("p", { class: `type type-${type}` }, ctx.m.types[type][0]),
    h("h1", { tabindex: "-1" }, title, marks ? [" ", marks] : null),
    below,
  );
}
