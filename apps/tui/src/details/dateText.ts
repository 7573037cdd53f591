import type { Attested, DateValue, LabelLanguage, Office } from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";

/** A date as text: `2025-08-23–2025-08-24`. */
export function dateText(date: DateValue | undefined): string {
  if (!date) return "undated";
  return date.end ? `${date.value}–${date.end}` : date.value;
}

/** The date an office is placed at: its start, else the first date a source shows it held. */
export function officeDate(office: Office): DateValue | undefined {
  return office.start ?? office.evidence.find((evidence) => evidence.seen)?.seen;
}

/** How a fact is known, in words: `stated`, `inferred: <reason>`, `external: <reason>` (the reason in `lang`). */
export function basisText(
  fact: Pick<Attested<unknown>, "basis" | "reason">,
  lang: LabelLanguage = "en",
): string {
  return fact.reason ? `${fact.basis}: ${cleanLine(fact.reason[lang])}` : fact.basis;
}

/** A date with how it is known: `2020-08 · inferred: Same visit.` */
export function datedBasis(date: DateValue | undefined, lang: LabelLanguage = "en"): string {
  return date ? `${dateText(date)} · ${basisText(date, lang)}` : "undated";
}
