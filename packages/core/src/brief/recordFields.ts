/**
 * The only place the brief reads record fields that the data model is about
 * to reshape (bilingual reasons, page positions of evidence, quote renderings,
 * office terms with their own labels). Each accessor reads today's shape and
 * the coming one, so that the change touches this file only.
 */
import type { Evidence, IdMap, LabelLanguage, Office, Quote } from "@korea-relations/model";
import { dateInterval, ROLES } from "@korea-relations/model";
import type { Relations } from "../Relations.js";

/** A basis reason in a language: today a string, soon `{ en, de }`. */
export function reasonText(reason: unknown, lang: LabelLanguage): string | undefined {
  if (typeof reason === "string") return reason;
  if (typeof reason === "object" && reason !== null) {
    const text = (reason as Partial<Record<LabelLanguage, unknown>>)[lang];
    if (typeof text === "string") return text;
  }
  return undefined;
}

/** Where on the page an excerpt stands (`body`, `caption`…), where the evidence says. */
export function evidencePosition(evidence: Evidence): string | undefined {
  const position = (evidence as { readonly position?: unknown }).position;
  return typeof position === "string" ? position : undefined;
}

/** The excerpt a footnote shows: the evidence's verbatim quote. */
export function excerptOf(evidence: Evidence): string {
  return evidence.quote;
}

/** The dataset's own translation of a quote into `lang`, where it has one. */
export function quoteRendering(quote: Quote, lang: LabelLanguage): string | undefined {
  const rendering = (quote as { readonly rendering?: unknown }).rendering;
  if (typeof rendering !== "object" || rendering === null) return undefined;
  const { language, text } = rendering as { language?: unknown; text?: unknown };
  return language === lang && typeof text === "string" ? text : undefined;
}

/** An office's own label in a language, where the record has one (office terms will). */
export function officeOwnLabel(office: Office, lang: LabelLanguage): string | undefined {
  const labels = (office as { readonly labels?: unknown }).labels;
  if (typeof labels !== "object" || labels === null) return undefined;
  const label = (labels as Partial<Record<LabelLanguage, unknown>>)[lang];
  return typeof label === "string" ? label : undefined;
}

const KNOWN = new WeakMap<Office, { start: number; end: number; observed: number }>();

/** The days an office is known to be held (start to end, else its observation), computed once. */
function knownTime(office: Office): { start: number; end: number; observed: number } {
  let known = KNOWN.get(office);
  if (!known) {
    const observed = dateInterval(office.observed);
    known = {
      start: office.start ? dateInterval(office.start).start : observed.start,
      end: office.end ? dateInterval(office.end).end : observed.end,
      observed: (observed.start + observed.end) / 2,
    };
    KNOWN.set(office, known);
  }
  return known;
}

/**
 * The office a person held at a date: the one the record names, or else the
 * person's office whose known time covers the date (nearest observation
 * first, then the higher role: head of state before head of government…).
 */
export function officeAt<I extends IdMap>(
  relations: Relations<I>,
  person: I["person"],
  date: { readonly value: string; readonly end?: string },
  named?: I["office"],
): Office<I> | undefined {
  if (named !== undefined) return relations.getOffice(named);
  const at = dateInterval(date);
  const middle = (at.start + at.end) / 2;
  let best: Office<I> | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const office of relations.officesOf(person)) {
    if (office.status !== "current") continue;
    const known = knownTime(office);
    if (known.start > at.end || known.end < at.start) continue;
    const distance = Math.abs(known.observed - middle);
    if (
      distance < bestDistance ||
      (distance === bestDistance &&
        best !== undefined &&
        ROLES.indexOf(office.role) < ROLES.indexOf(best.role))
    ) {
      best = office;
      bestDistance = distance;
    }
  }
  return best;
}
