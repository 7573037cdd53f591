import type { DatasetRecord } from "@korea-relations/core";
import { describeText } from "./describeText.js";
import { h } from "./h.js";
import { recordLink } from "./recordLink.js";
import type { ViewContext } from "./viewContext.js";

/** Records of any kind as a list: each linked by its label, with one line of context from core's `describe`. */
export function recordList(
  records: readonly DatasetRecord[],
  ctx: ViewContext,
): HTMLElement | null {
  if (records.length === 0) return null;
  return h(
    "ul",
    { class: "hits" },
    records.map((record) =>
      h(
        "li",
        null,
        recordLink(record.id, ctx),
        h("span", { class: "detail" }, describeText(ctx.r.describe(record, ctx.lang), ctx)),
      ),
    ),
  );
}
