import {
  type Agreement,
  amountWords,
  type LabelLanguage,
  numberWords,
  type Relations,
} from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";
import type { Detail, DetailRow } from "./Detail.js";
import { datedBasis } from "./dateText.js";
import { factLinks } from "./factLinks.js";
import { labelText } from "./labelText.js";
import { relationSections } from "./relationSections.js";
import { fieldRow, section } from "./rows.js";

/** A number as the TUI writes it: English digits, up to three decimals. */
const number = (n: number) => numberWords(n, "en", 3);

/** "approx.", as core's `amountWords` marks a sum a source gives only roughly. */
const APPROX = "approx. ";

/** An agreement: parties, value and items, the event it was reached at, and every other link. */
export function agreementDetail(
  relations: Relations,
  agreement: Agreement,
  lang: LabelLanguage,
): Detail {
  const related = relations.relatedRecords(agreement.id);
  const value: DetailRow[] = (agreement.value ?? []).map((amount) => ({
    // In English, as the view's other words and dates (core's `amountWords`).
    text: amountWords(amount, "en"),
    evidence: agreement.id,
    field: "value",
  }));
  const items: DetailRow[] = (agreement.items ?? []).map((item) => ({
    text: `${item.approx ? APPROX : ""}${number(item.quantity)} × ${cleanLine(item.name)}${
      item.aliases?.length ? ` (also: ${item.aliases.map(cleanLine).join(", ")})` : ""
    }`,
    evidence: agreement.id,
    field: "items",
    wrap: true,
  }));
  const links = (order: Parameters<typeof relationSections>[3]) =>
    relationSections(relations, related, lang, order);
  return {
    id: agreement.id,
    type: "agreement",
    title: labelText(relations, agreement, lang),
    kind: `agreement · ${agreement.kind}`,
    sections: [
      {
        title: "Facts",
        rows: [
          fieldRow("date", datedBasis(agreement.date, lang), {
            field: "date",
            wrap: true,
            ...(agreement.date ? { basis: agreement.date } : {}),
          }),
          fieldRow("kind", agreement.kind),
          ...factLinks(relations, related, "event", "event", lang),
          fieldRow("summary", agreement.summary[lang], { wrap: true }),
        ],
      },
      ...links({ only: ["parties", "organizations"] }),
      ...section("Value", value),
      ...section("Items", items),
      ...links({
        order: ["topics", "sources"],
        shown: new Set(["event", "parties", "organizations"]),
      }),
    ],
    timeline: agreement.parties.slice(0, 2),
  };
}
