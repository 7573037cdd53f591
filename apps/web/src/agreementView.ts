import { type Agreement, amountWords, numberWords } from "@korea-relations/core";
import { citeRegistry, spaced } from "./citeRegistry.js";
import { dateText } from "./dateText.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { linkList } from "./linkList.js";
import { recordHeader } from "./recordHeader.js";
import { recordLink } from "./recordLink.js";
import { relatedSections } from "./relatedSections.js";
import type { View, ViewContext } from "./viewContext.js";

/** An agreement: parties, date, value, items, the event it came from, evidence. */
export function agreementView(agreement: Agreement, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx, agreement.id);
  const title = r.recordLabel(agreement, ctx.lang);
  const items = agreement.items ?? [];
  return {
    title,
    node: h(
      "article",
      null,
      recordHeader(
        "agreement",
        title,
        cites,
        ctx,
        h("p", { class: "lead" }, agreement.summary[ctx.lang], spaced(cites.field("summary"))),
      ),
      factList([
        [m.fields.kind, kindLabel(agreement.kind, m), cites.field("kind")],
        [m.fields.parties, linkList(agreement.parties, ctx), cites.field("parties")],
        [
          m.fields.organizations,
          linkList(agreement.organizations ?? [], ctx),
          cites.field("organizations"),
        ],
        [m.fields.date, agreement.date && dateText(agreement.date, ctx), cites.field("date")],
        [
          m.fields.value,
          (agreement.value ?? []).map((a) => amountWords(a, ctx.lang)).join(" / "),
          cites.field("value"),
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
                    `${item.approx ? `${m.approx} ` : ""}${numberWords(item.quantity, ctx.lang)} × ${item.name}`,
                    item.aliases?.length
                      ? h("span", { class: "detail" }, ` (${item.aliases.join(", ")})`)
                      : null,
                  ),
                ),
              ),
          cites.field("items"),
        ],
        [
          m.fields.event,
          agreement.event ? recordLink(agreement.event, ctx) : null,
          cites.field("event"),
        ],
        [m.fields.topics, linkList(agreement.topics, ctx), cites.field("topics")],
      ]),
      relatedSections(agreement, ctx, cites, ["parties", "organizations", "event", "topics"]),
      cites.section(),
    ),
  };
}
