import {
  type Attested,
  type DateValue,
  dateWords,
  type LabelLanguage,
} from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";

/** "undated", in the language of a line that is worded in `lang`. */
const UNDATED: Record<LabelLanguage, string> = { en: "undated", de: "undatiert" };

/**
 * A date or span in words that cannot be misread (core's `dateWords`, with
 * short months; English unless a line worded in German asks for `de`):
 * `10 Aug 2020`, `12–14 Nov 2020`, `19 May – 21 Jun 2023`, `1910–1945`,
 * `before 10 Aug 2020`; `undated` without a date, and a date it cannot read
 * as it is, cleaned.
 */
export function dateText(date: DateValue | string | undefined, lang: LabelLanguage = "en"): string {
  if (!date) return UNDATED[lang];
  try {
    return dateWords(date, lang, "short");
  } catch {
    // A date core cannot read (checked data has none): as it is, on one line.
    const { value, end } = typeof date === "string" ? { value: date, end: undefined } : date;
    return cleanLine(end === undefined ? String(value) : `${String(value)}–${String(end)}`);
  }
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
