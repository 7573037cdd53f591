import type { LabelLanguage } from "@korea-relations/core";

const collators = new Map<LabelLanguage, Intl.Collator>();

/** Compares texts in the interface language's order (one collator per language, made once). */
export function collator(lang: LabelLanguage): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang);
    collators.set(lang, c);
  }
  return c;
}
