import type {
  Agreement,
  Event,
  LabelLanguage,
  Office,
  Person,
  Quote,
  Relations,
} from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";
import type { DetailRow, DetailSection } from "./Detail.js";
import { dateText, officeDate } from "./dateText.js";
import { labelOf, labelOfId } from "./labelOf.js";

/** Rows linking to records, shared by every kind of detail. */

export function eventRow(event: Event, lang: LabelLanguage): DetailRow {
  const planned = event.status === "planned" ? ` (${lang === "de" ? "geplant" : "planned"})` : "";
  return {
    lead: dateText(event.date),
    text: `${labelOf(event, lang)}${planned} · ${event.kind}`,
    ref: event.id,
  };
}

export function agreementRow(agreement: Agreement, lang: LabelLanguage): DetailRow {
  return {
    lead: dateText(agreement.date),
    text: `${labelOf(agreement, lang)} · ${agreement.kind}`,
    ref: agreement.id,
  };
}

export function quoteRow(quote: Quote, relations: Relations, lang: LabelLanguage): DetailRow {
  return {
    lead: dateText(quote.date),
    text: `${labelOfId(relations, quote.speaker, lang)}: ${labelOf(quote, lang)} (${quote.language})`,
    ref: quote.id,
  };
}

/** An office observation: title, where, status and term. */
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
    where ? labelOfId(relations, where, lang) : undefined,
    office.status,
    term || undefined,
  ]
    .filter(Boolean)
    .join(" · ");
}

export function officeRow(office: Office, relations: Relations, lang: LabelLanguage): DetailRow {
  return {
    lead: dateText(officeDate(office)),
    text: officeText(office, relations, lang),
    ref: office.id,
  };
}

/** An office holder: the person, with the office's evidence. */
export function holderRow(office: Office, relations: Relations, lang: LabelLanguage): DetailRow {
  return {
    lead: dateText(officeDate(office)),
    text: `${labelOfId(relations, office.person, lang)} — ${cleanLine(office.label[lang])} · ${office.status}`,
    ref: office.person,
    evidence: office.id,
  };
}

export function personRow(person: Person, lang: LabelLanguage): DetailRow {
  return {
    text: `${labelOf(person, lang)} — ${cleanLine(person.description[lang])}`,
    ref: person.id,
  };
}

/** A link to any record by id. */
export function linkRow(
  relations: Relations,
  id: string,
  lang: LabelLanguage,
  lead?: string,
): DetailRow {
  return { ...(lead ? { lead } : {}), text: labelOfId(relations, id, lang), ref: id };
}

/** A field of the record itself. */
export function fieldRow(lead: string, text: string, extra: Partial<DetailRow> = {}): DetailRow {
  return { lead, text: cleanLine(text), ...extra };
}

/** A section, or nothing when it has no rows. */
export function section(title: string, rows: readonly DetailRow[]): DetailSection[] {
  return rows.length > 0 ? [{ title, rows }] : [];
}
