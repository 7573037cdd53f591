import { type DatasetRecord, dateWords, inQuotes, type RecordType } from "@korea-relations/core";
import { agreementView } from "./agreementView.js";
import { countryView } from "./countryView.js";
import { eventView } from "./eventView.js";
import { kindLabel } from "./kindLabel.js";
import { notFoundView } from "./notFoundView.js";
import { officeView } from "./officeView.js";
import { organizationView } from "./organizationView.js";
import { personView } from "./personView.js";
import { placeView } from "./placeView.js";
import { quoteView } from "./quoteView.js";
import { shortText } from "./shortText.js";
import { sourceView } from "./sourceView.js";
import { topicView } from "./topicView.js";
import type { View, ViewContext } from "./viewContext.js";

/**
 * A record page's title, told apart from every other page's: a quote by its
 * words and speaker (not the speaker alone), an office by its holder, title,
 * role and date (a president is head of state and of government at once).
 */
export function recordTitle(record: DatasetRecord, ctx: ViewContext): string {
  const { r, lang, m } = ctx;
  switch (record.type) {
    case "quote":
      return `${inQuotes(shortText(record.text, 70), lang)} – ${r.recordLabel(record.speaker, lang)}`;
    case "office":
      return `${r.recordLabel(record, lang)} (${record.roles.map((role) => kindLabel(role, m)).join(", ")}${record.start ? `, ${dateWords(record.start, lang)}` : ""})`;
    default:
      return r.recordLabel(record, lang);
  }
}

/** The page of any record, by type and id; the not-found page when there is none. */
export function recordView(type: RecordType, id: string, ctx: ViewContext, at?: number): View {
  const record = ctx.r.resolve(id);
  if (!record || record.id !== id || record.type !== type) return notFoundView(id, ctx);
  return { ...pageOf(record, ctx, at), title: recordTitle(record, ctx) };
}

function pageOf(record: DatasetRecord, ctx: ViewContext, at?: number): View {
  switch (record.type) {
    case "person":
      return personView(record, ctx);
    case "country":
      return countryView(record, ctx);
    case "organization":
      return organizationView(record, ctx);
    case "event":
      return eventView(record, ctx);
    case "agreement":
      return agreementView(record, ctx);
    case "quote":
      return quoteView(record, ctx);
    case "topic":
      return topicView(record, ctx);
    case "place":
      return placeView(record, ctx);
    case "office":
      return officeView(record, ctx);
    case "source":
      return sourceView(record, ctx, at);
  }
}
