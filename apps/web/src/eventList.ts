import type { Event } from "@korea-relations/core";
import { dateWords } from "@korea-relations/core";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { recordHref } from "./recordHref.js";
import type { ViewContext } from "./viewContext.js";

/**
 * Events in the given order: date, linked title and kind; those in `about`
 * (a country's timeline: about it, without it taking part) say so. `null` for none.
 */
export function eventList(
  events: readonly Event[],
  ctx: ViewContext,
  about?: ReadonlySet<string>,
): HTMLElement | null {
  if (events.length === 0) return null;
  return h(
    "ul",
    { class: "items" },
    events.map((event) =>
      h(
        "li",
        null,
        h("time", { datetime: event.date.value }, dateWords(event.date, ctx.lang, "short")),
        " ",
        h("a", { href: recordHref("event", event.id) }, event.title[ctx.lang]),
        " ",
        h(
          "span",
          { class: "detail" },
          kindLabel(event.kind, ctx.m),
          event.status === "planned" ? ` · ${ctx.m.planned}` : "",
          about?.has(event.id) ? ` · ${ctx.m.timeline.about}` : "",
        ),
      ),
    ),
  );
}
