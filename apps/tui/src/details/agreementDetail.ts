import type { Agreement, LabelLanguage, Relations } from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";
import type { Detail, DetailRow } from "./Detail.js";
import { datedBasis } from "./dateText.js";
import { labelOf } from "./labelOf.js";
import { fieldRow, linkRow, section } from "./rows.js";

const number = new Intl.NumberFormat("en-US");

/** An agreement: parties, value and items. */
export function agreementDetail(
  relations: Relations,
  agreement: Agreement,
  lang: LabelLanguage,
): Detail {
  const value: DetailRow[] = (agreement.value ?? []).map((amount) => ({
    text: `${amount.approx ? "about " : ""}${number.format(amount.amount)} ${amount.currency}`,
    evidence: agreement.id,
    field: "value",
  }));
  const items: DetailRow[] = (agreement.items ?? []).map((item) => ({
    text: `${item.approx ? "about " : ""}${number.format(item.quantity)} × ${cleanLine(item.name)}${
      item.aliases?.length ? ` (also: ${item.aliases.map(cleanLine).join(", ")})` : ""
    }`,
    evidence: agreement.id,
    field: "items",
    wrap: true,
  }));
  return {
    id: agreement.id,
    type: "agreement",
    title: labelOf(agreement, lang),
    kind: `agreement · ${agreement.kind}`,
    sections: [
      {
        title: "Facts",
        rows: [
          fieldRow("date", datedBasis(agreement.date, lang), { field: "date", wrap: true }),
          fieldRow("kind", agreement.kind),
          ...(agreement.event ? [linkRow(relations, agreement.event, lang, "event")] : []),
          fieldRow("summary", agreement.summary[lang], { wrap: true }),
        ],
      },
      ...section("Parties", [
        ...agreement.parties.map((code) => linkRow(relations, code, lang)),
        ...(agreement.organizations ?? []).map((id) => linkRow(relations, id, lang)),
      ]),
      ...section("Value", value),
      ...section("Items", items),
      ...section(
        "Topics",
        agreement.topics.map((id) => linkRow(relations, id, lang)),
      ),
    ],
    timeline: agreement.parties.slice(0, 2),
  };
}
