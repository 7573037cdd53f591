import { RECORD_TYPES, type RecordType } from "@korea-relations/core";
import { browseRecords } from "./browseRecords.js";
import { h } from "./h.js";
import { recordList } from "./recordList.js";
import { routeHash } from "./routeHash.js";
import type { View, ViewContext } from "./viewContext.js";

const BROWSE: readonly RecordType[] = [
  "event",
  "person",
  "country",
  "organization",
  "agreement",
  "quote",
  "topic",
  "place",
  "office",
  "source",
];

/** The start page: what this is, where to go, the sources. */
export function homeView(ctx: ViewContext): View {
  const { m, r } = ctx;
  return {
    title: m.title,
    node: h(
      "div",
      { class: "home" },
      h("h1", { tabindex: "-1" }, m.title),
      h("p", { class: "lead" }, m.tagline),
      h("p", null, m.intro),
      h("p", { class: "hint" }, m.searchHint),
      h(
        "div",
        { class: "cards" },
        h(
          "a",
          { class: "card", href: routeHash({ name: "timeline", group: "kind" }) },
          h("strong", null, m.timeline.heading),
          h("span", null, m.timeline.intro),
        ),
        h(
          "a",
          { class: "card", href: routeHash({ name: "network" }) },
          h("strong", null, m.network.heading),
          h("span", null, m.partnersHint),
        ),
      ),
      h(
        "section",
        { "aria-labelledby": "browse-heading" },
        h("h2", { id: "browse-heading" }, m.explore),
        h(
          "ul",
          { class: "browse" },
          BROWSE.filter((type) => RECORD_TYPES.includes(type)).map((type) =>
            h(
              "li",
              null,
              h(
                "a",
                { href: routeHash({ name: "browse", type }) },
                m.types[type][1],
                h("span", { class: "count" }, ` ${browseRecords(type, ctx).length}`),
              ),
            ),
          ),
        ),
      ),
      h(
        "section",
        { "aria-labelledby": "sources-heading" },
        h("h2", { id: "sources-heading" }, m.nav.sources),
        recordList(r.dataset.sources, ctx),
      ),
    ),
  };
}
