import type { Attested, DateValue } from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";

/** A date as text: `2025-08-23–2025-08-24`. */
export function dateText(date: DateValue | undefined): string {
  if (!date) return "undated";
  return date.end ? `${date.value}–${date.end}` : date.value;
}

/** How a fact is known, in words: `stated`, `inferred: <reason>`, `external: <reason>`. */
export function basisText(fact: Pick<Attested<unknown>, "basis" | "reason">): string {
  return fact.reason ? `${fact.basis}: ${cleanLine(fact.reason)}` : fact.basis;
}

/** A date with how it is known: `2020-08 · inferred: Same visit.` */
export function datedBasis(date: DateValue | undefined): string {
  return date ? `${dateText(date)} · ${basisText(date)}` : "undated";
}
