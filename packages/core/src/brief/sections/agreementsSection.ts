/**
 * The agreements of a brief, one line each: date, title, kind, parties,
 * values and items (oldest first, undated last); of more than
 * `BRIEF_LIMITS.rows`, the last.
 */
import {
  AGREEMENT_KIND_NAMES,
  type Agreement,
  type IdMap,
  type Item,
  type LabelLanguage,
} from "@korea-relations/model";
import { amountWords } from "../../amountWords.js";
import { dateWords } from "../../dateWords.js";
import { numberWords } from "../../numberWords.js";
import { type BriefContext, briefLine, countryName, labelOf } from "../BriefContext.js";
import type { BriefSection } from "../BriefTypes.js";
import { BRIEF_LIMITS, lastOf, omittedOf } from "../briefLimits.js";

/** An item and its quantity: `648 × self-propelled howitzer`. */
export function itemText(item: Item, lang: LabelLanguage, approx: string): string {
  const quantity = numberWords(item.quantity, lang);
  return `${item.approx ? `${approx} ` : ""}${quantity} × ${item.name}`;
}

function parties<I extends IdMap>(ctx: BriefContext<I>, agreement: Agreement<I>): string {
  return [
    ...agreement.parties.map((code) => countryName(ctx, code)),
    ...(agreement.organizations ?? []).map((id) => labelOf(ctx, id)),
  ].join(", ");
}

export function agreementsSection<I extends IdMap>(ctx: BriefContext<I>): BriefSection<I> {
  const { words, lang } = ctx;
  const { kept, left } = lastOf(ctx.agreements, BRIEF_LIMITS.rows);
  const lines = kept.map((agreement) => {
    const date = agreement.date ? dateWords(agreement.date, ctx.lang, "short") : words.undated;
    const title = agreement.title[lang];
    const kind = AGREEMENT_KIND_NAMES[agreement.kind][lang];
    const who = parties(ctx, agreement);
    const value = (agreement.value ?? []).map((a) => amountWords(a, lang)).join(" / ");
    const items = (agreement.items ?? []).map((i) => itemText(i, lang, words.approx)).join(", ");
    const details = [kind, who, value, items].filter(Boolean).join("; ");
    return briefLine(
      ctx,
      `${date}: ${title} (${details}).`,
      [date, title, kind, who, value, items],
      [
        { record: agreement },
        ...(agreement.date ? [{ record: agreement, field: "date" }] : []),
        ...(agreement.value ? [{ record: agreement, field: "value" }] : []),
        ...(agreement.items ? [{ record: agreement, field: "items" }] : []),
      ],
    );
  });
  return {
    id: "agreements",
    layout: "table",
    heading: words.sections.agreements,
    columns: words.columns.agreements,
    lines,
    empty: words.empty.agreements,
    ...omittedOf(ctx, left, lines),
  };
}
