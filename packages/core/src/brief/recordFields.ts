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

/** An office term's own label in a language. */
export function officeOwnLabel(office: Office, lang: LabelLanguage): string | undefined {
  return office.label[lang];
}

interface KnownTime {
  readonly start: number;
  readonly end: number;
  /** The middle of each date a source shows the person in office. */
  readonly seen: readonly number[];
}

const KNOWN = new WeakMap<Office, KnownTime>();

/**
 * The days a term is known to be held, computed once: from its start (else
 * the first date a source shows it held) to its end (else, while current,
 * open; while former, the last date a source shows it held).
 */
function knownTime(office: Office): KnownTime {
  let known = KNOWN.get(office);
  if (!known) {
    const seen = office.evidence.flatMap((e) => (e.seen ? [dateInterval(e.seen)] : []));
    const first = Math.min(...seen.map((s) => s.start));
    const last = Math.max(...seen.map((s) => s.end));
    known = {
      start: office.start ? dateInterval(office.start).start : first,
      end: office.end
        ? dateInterval(office.end).end
        : office.status === "current"
          ? Number.POSITIVE_INFINITY
          : last,
      seen: seen.map((s) => (s.start + s.end) / 2),
    };
    KNOWN.set(office, known);
  }
  return known;
}

/** The highest of an office's roles in `ROLES` order (head of state first). */
const topRole = (office: Office): number => Math.min(...office.roles.map((r) => ROLES.indexOf(r)));

/**
 * The office a person held at a date: the one the record names, or else the
 * person's term whose known time covers the date (nearest date a source
 * shows it held first, then the higher role: head of state before head of
 * government…).
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
    const known = knownTime(office);
    if (known.start > at.end || known.end < at.start) continue;
    const distance = Math.min(Number.MAX_VALUE, ...known.seen.map((s) => Math.abs(s - middle)));
    if (
      best === undefined ||
      distance < bestDistance ||
      (distance === bestDistance && topRole(office) < topRole(best))
    ) {
      best = office;
      bestDistance = distance;
    }
  }
  return best;
}
