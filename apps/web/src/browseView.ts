import type { Agreement, Event, RecordType } from "@korea-relations/core";
import { agreementList } from "./agreementList.js";
import { browseRecords } from "./browseRecords.js";
import { describeText } from "./describeText.js";
import { eventList } from "./eventList.js";
import { h } from "./h.js";
import { recordHref } from "./recordHref.js";
import type { View, ViewContext } from "./viewContext.js";

/** Every record of one type, linked, with one line of context. */
export function browseView(type: RecordType, ctx: ViewContext): View {
  const records = browseRecords(type, ctx);
  const title = ctx.m.types[type][1];
  let list: HTMLElement | null;
  if (type === "event")
    list = eventList(
      records.filter((x): x is Event => x.type === "event"),
      ctx,
    );
  else if (type === "agreement")
    list = agreementList(
      records.filter((x): x is Agreement => x.type === "agreement"),
      ctx,
    );
  else {
    list = h(
      "ul",
      { class: "hits" },
      records.map((record) =>
        h(
          "li",
          null,
          h(
            "a",
            {
              href: recordHref(record.type, record.id),
              lang: record.type === "quote" ? record.language : null,
            },
            ctx.r.recordLabel(record, ctx.lang),
          ),
          h("span", { class: "detail" }, describeText(ctx.r.describe(record.id, ctx.lang), ctx)),
        ),
      ),
    );
  }
  return {
    title,
    node: h(
      "div",
      null,
      h("h1", { tabindex: "-1" }, title, h("span", { class: "count" }, ` ${records.length}`)),
      list,
    ),
  };
}
