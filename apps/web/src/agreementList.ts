import type { Agreement } from "@korea-relations/core";
import { dateWords } from "@korea-relations/core";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { recordHref } from "./recordHref.js";
import type { ViewContext } from "./viewContext.js";

/** Agreements: date, linked title and kind; `null` for none. */
export function agreementList(
  agreements: readonly Agreement[],
  ctx: ViewContext,
): HTMLElement | null {
  if (agreements.length === 0) return null;
  return h(
    "ul",
    { class: "items" },
    agreements.map((agreement) =>
      h(
        "li",
        null,
        agreement.date
          ? [
              h(
                "time",
                { datetime: agreement.date.value },
                dateWords(agreement.date, ctx.lang, "short"),
              ),
              " ",
            ]
          : null,
        h("a", { href: recordHref("agreement", agreement.id) }, agreement.title[ctx.lang]),
        " ",
        h("span", { class: "detail" }, kindLabel(agreement.kind, ctx.m)),
      ),
    ),
  );
}
