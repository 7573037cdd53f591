import type { Topic } from "@korea-relations/core";
import { citeRegistry } from "./citeRegistry.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { recordHeader } from "./recordHeader.js";
import { relatedSections } from "./relatedSections.js";
import { routeHash } from "./routeHash.js";
import type { View, ViewContext } from "./viewContext.js";

/** A topic: the events, agreements and quotes about it; evidence. */
export function topicView(topic: Topic, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx, topic.id);
  const title = r.recordLabel(topic, ctx.lang);
  const other = topic.label[ctx.lang === "en" ? "de" : "en"];
  const events = r.relatedRecords(topic.id).links.events ?? [];
  return {
    title,
    node: h(
      "article",
      null,
      recordHeader("topic", title, cites, ctx),
      factList([
        [m.fields.names, h("span", { lang: ctx.lang === "en" ? "de" : "en" }, other)],
        [m.fields.aliases, topic.aliases.join(" · ")],
      ]),
      events.length > 0
        ? h(
            "p",
            null,
            h(
              "a",
              { href: routeHash({ name: "timeline", topic: topic.id, group: "kind" }) },
              m.openTimeline,
            ),
          )
        : null,
      relatedSections(topic, ctx, cites, []),
      cites.section(),
    ),
  };
}
