import type { Agreement, DatasetRecord, Event, RecordType } from "@korea-relations/core";
import { agreementList } from "./agreementList.js";
import { browseRecords } from "./browseRecords.js";
import { describeText } from "./describeText.js";
import { downloadBar } from "./downloadBar.js";
import { eventList } from "./eventList.js";
import { h } from "./h.js";
import { pagedList } from "./pagedList.js";
import { recordHref } from "./recordHref.js";
import type { View, ViewContext } from "./viewContext.js";

/** Every record of one type, linked, with one line of context; a part at a time; downloadable. */
export function browseView(type: RecordType, ctx: ViewContext): View {
  const records = browseRecords(type, ctx);
  const title = ctx.m.types[type][1];
  const draw = (part: readonly DatasetRecord[]): HTMLElement | null => {
    if (type === "event") return eventList(part as readonly Event[], ctx);
    if (type === "agreement") return agreementList(part as readonly Agreement[], ctx);
    return h(
      "ul",
      { class: "hits" },
      part.map((record) =>
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
          h("span", { class: "detail" }, describeText(ctx.r.describe(record, ctx.lang), ctx)),
        ),
      ),
    );
  };
  return {
    title,
    node: h(
      "div",
      null,
      h("h1", { tabindex: "-1" }, title, h("span", { class: "count" }, ` ${records.length}`)),
      records.length > 0
        ? downloadBar(ctx, {
            kind: "records",
            name: type,
            label: ctx.m.downloadList(records.length),
            records: () => records.slice(0, records.length),
          })
        : null,
      pagedList(records, draw, ctx),
    ),
  };
}
