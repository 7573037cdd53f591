import type { Agreement, Amount } from "@korea-relations/core";
import { citeRegistry } from "./citeRegistry.js";
import { dateText } from "./dateText.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { linkList } from "./linkList.js";
import { recordHeader } from "./recordHeader.js";
import { recordLink } from "./recordLink.js";
import { splitEvidence } from "./splitEvidence.js";
import type { View, ViewContext } from "./viewContext.js";

function money(amount: Amount, lang: string): string {
  let text: string;
  try {
    text = new Intl.NumberFormat(lang, {
      style: "currency",
      currency: amount.currency,
      notation: "compact",
      maximumFractionDigits: 1,
    }).format(amount.amount);
  } catch {
    text = `${amount.amount} ${amount.currency}`;
  }
  return amount.approx ? `≈ ${text}` : text;
}

/** An agreement: parties, date, value, items, the event it came from, evidence. */
export function agreementView(agreement: Agreement, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx);
  const ev = splitEvidence(r.evidenceFor(agreement.id));
  const title = agreement.title[ctx.lang];
  const items = agreement.items ?? [];
  return {
    title,
    node: h(
      "article",
      null,
      recordHeader(
        "agreement",
        title,
        cites.marks(ev.general),
        ctx,
        h("p", { class: "lead" }, agreement.summary[ctx.lang]),
      ),
      factList([
        [m.fields.kind, kindLabel(agreement.kind, m), cites.marks(ev.of("kind"))],
        [m.fields.parties, linkList(agreement.parties, ctx), cites.marks(ev.of("parties"))],
        [
          m.fields.organizations,
          linkList(agreement.organizations ?? [], ctx),
          cites.marks(ev.of("organizations")),
        ],
        [
          m.fields.date,
          agreement.date && dateText(agreement.date, ctx),
          cites.marks(ev.of("date")),
        ],
        [
          m.fields.value,
          (agreement.value ?? []).map((a) => money(a, ctx.lang)).join(" / "),
          cites.marks(ev.of("value")),
        ],
        [
          m.fields.items,
          items.length === 0
            ? null
            : h(
                "ul",
                { class: "plain" },
                items.map((item) =>
                  h(
                    "li",
                    null,
                    `${item.approx ? "≈ " : ""}${item.quantity} × ${item.name}`,
                    item.aliases?.length
                      ? h("span", { class: "detail" }, ` (${item.aliases.join(", ")})`)
                      : null,
                  ),
                ),
              ),
          cites.marks(ev.of("items")),
        ],
        [
          m.fields.event,
          agreement.event ? recordLink(agreement.event, ctx) : null,
          cites.marks(ev.of("event")),
        ],
        [m.fields.topics, linkList(agreement.topics, ctx), cites.marks(ev.of("topics"))],
      ]),
      cites.section(),
    ),
  };
}
