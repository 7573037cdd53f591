import {
  type DatasetRecord,
  eventKindName,
  type LabelLanguage,
  type Office,
  officeDate,
  type RecordType,
  type Relation,
  type Relations,
} from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";
import type { DetailRow, DetailSection } from "./Detail.js";
import { dateText } from "./dateText.js";
import { labelText } from "./labelText.js";

/** Rows of detail views, shared by every kind of record. */

/** An office term: its label, where, status and term. */
export function officeText(office: Office, relations: Relations, lang: LabelLanguage): string {
  const where = office.country ?? office.organization;
  const term = [
    office.start && `since ${dateText(office.start)}`,
    office.end && `until ${dateText(office.end)}`,
  ]
    .filter(Boolean)
    .join(", ");
  return [
    cleanLine(office.label[lang]),
    where ? labelText(relations, where, lang) : undefined,
    office.status,
    term || undefined,
  ]
    .filter(Boolean)
    .join(" · ");
}

/**
 * A linked record as a row that opens it, worded by its type: an event's
 * date, title and kind; a quote's speaker and words; an office's holder (or,
 * seen from its holder, where and when)…
 */
export function recordRow(
  relations: Relations,
  record: DatasetRecord,
  lang: LabelLanguage,
  relation: Relation | undefined,
  from: RecordType,
): DetailRow {
  const label = labelText(relations, record, lang);
  const link = { ref: record.id, ...(relation ? { relation } : {}) };
  switch (record.type) {
    case "event":
      return {
        lead: dateText(record.date),
        text: `${label}${record.status === "planned" ? " (planned)" : ""} · ${eventKindName(record.kind, lang)}`,
        ...link,
      };
    case "agreement":
      return { lead: dateText(record.date), text: `${label} · ${record.kind}`, ...link };
    case "quote":
      return {
        lead: dateText(record.date),
        text: `${labelText(relations, record.speaker, lang)}: “${label}” (${record.language})`,
        ...link,
      };
    case "office":
      return {
        lead: dateText(officeDate(record)),
        text:
          from === "person"
            ? officeText(record, relations, lang)
            : `${labelText(relations, record.person, lang)} — ${cleanLine(record.label[lang])} · ${record.status}`,
        ...link,
      };
    case "person":
      return { text: `${label} — ${cleanLine(record.description[lang])}`, ...link };
    case "source":
      return {
        lead: dateText(record.published),
        text: [record.publisher?.value, label]
          .filter((part): part is string => Boolean(part))
          .map(cleanLine)
          .join(" · "),
        ...link,
      };
    default:
      return { text: label, ...link };
  }
}

/** A field of the record itself. */
export function fieldRow(lead: string, text: string, extra: Partial<DetailRow> = {}): DetailRow {
  return { lead, text: cleanLine(text), ...extra };
}

/** A section, or nothing when it has no rows. */
export function section(title: string, rows: readonly DetailRow[]): DetailSection[] {
  return rows.length > 0 ? [{ title, rows }] : [];
}
