import type { Agreement, DatasetRecord, Event, RecordType } from "@korea-relations/core";
import { agreementList } from "./agreementList.js";
import { browseRecords } from "./browseRecords.js";
import { eventList } from "./eventList.js";
import { formatDate } from "./formatDate.js";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { recordHref } from "./recordHref.js";
import { recordLabel } from "./recordLabel.js";
import type { View, ViewContext } from "./viewContext.js";

function detail(record: DatasetRecord, ctx: ViewContext): string {
  const { lang, m, r } = ctx;
  const name = (id: string) => {
    const other = r.resolve(id);
    return other ? recordLabel(other, lang, r.resolve) : id;
  };
  switch (record.type) {
    case "person":
    case "organization":
      return record.description[lang];
    case "country":
      return `${record.alpha3} · ${m.eventsCount(r.timeline(record.id).length)}`;
    case "topic":
      return record.label[lang === "en" ? "de" : "en"];
    case "place":
      return [kindLabel(record.kind, m), record.country ? name(record.country) : ""]
        .filter(Boolean)
        .join(" · ");
    case "office":
      return `${kindLabel(record.role, m)} · ${formatDate(record.observed, lang)}`;
    case "source":
      return [
        record.publisher?.value,
        record.published ? formatDate(record.published, lang) : m.undated,
      ]
        .filter(Boolean)
        .join(" · ");
    case "quote":
      return `${name(record.speaker)} · ${formatDate(record.date, lang)}`;
    default:
      return "";
  }
}

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
            recordLabel(record, ctx.lang, ctx.r.resolve),
          ),
          h("span", { class: "detail" }, detail(record, ctx)),
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
