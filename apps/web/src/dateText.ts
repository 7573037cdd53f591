import type { DateValue } from "@korea-relations/core";
import { dateWords } from "@korea-relations/core";
import { basisMark } from "./basisMark.js";
import { h } from "./h.js";
import type { ViewContext } from "./viewContext.js";

/** A date as words in a `<time>`, marked when it is not stated by a source. */
export function dateText(date: DateValue, ctx: ViewContext): HTMLElement {
  return h(
    "span",
    { class: "date" },
    h("time", { datetime: date.value }, dateWords(date, ctx.lang)),
    basisMark(date, ctx.m, ctx.lang),
  );
}
