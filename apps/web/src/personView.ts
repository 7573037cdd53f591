import type { DateValue, Person } from "@korea-relations/core";
import { basisMark } from "./basisMark.js";
import { citeRegistry } from "./citeRegistry.js";
import { dateText, officeDate } from "./dateText.js";
import { eventList } from "./eventList.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { linkList } from "./linkList.js";
import { quoteList } from "./quoteList.js";
import { recordHeader } from "./recordHeader.js";
import { recordHref } from "./recordHref.js";
import { recordLink } from "./recordLink.js";
import { section } from "./section.js";
import { splitEvidence } from "./splitEvidence.js";
import type { View, ViewContext } from "./viewContext.js";

/** A person: offices held, events taken part in, quotes, evidence. */
export function personView(person: Person, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx);
  const ev = splitEvidence(r.evidenceFor(person.id));
  const head = recordHeader(
    "person",
    person.name,
    cites.marks(ev.general),
    ctx,
    h("p", { class: "lead" }, person.description[ctx.lang]),
  );
  const facts = factList([
    [
      m.fields.native,
      person.native && [
        h("span", { lang: person.native.lang }, person.native.name),
        basisMark(person.native, m, ctx.lang),
      ],
      cites.marks(ev.of("native")),
    ],
    [m.fields.aliases, person.aliases.join(" · ")],
    [m.fields.nationality, linkList(person.nationality, ctx), cites.marks(ev.of("nationality"))],
  ]);
  const offices = r.officesOf(person.id);
  const officeList =
    offices.length === 0
      ? null
      : h(
          "ul",
          { class: "items" },
          offices.map((office) =>
            h(
              "li",
              null,
              h("a", { href: recordHref("office", office.id) }, office.label[ctx.lang]),
              " ",
              h(
                "span",
                { class: "detail" },
                office.roles.map((role) => kindLabel(role, m)).join(", "),
                office.country || office.organization ? " · " : "",
                office.country ? recordLink(office.country, ctx) : null,
                office.organization ? recordLink(office.organization, ctx) : null,
                office.status === "former" ? ` · ${kindLabel("former", m)}` : "",
              ),
              " ",
              officeDate(office) ? dateText(officeDate(office) as DateValue, ctx) : null,
              " ",
              cites.marks(r.evidenceFor(office.id)),
            ),
          ),
        );
  const events = r.findEvents({ people: [person.id] });
  const quotes = r.findQuotes({ speaker: person.id });
  return {
    title: person.name,
    node: h(
      "article",
      null,
      head,
      facts,
      section(m.fields.offices, officeList, offices.length),
      section(m.fields.events, eventList(events, ctx), events.length),
      section(m.fields.quotes, quoteList(quotes, ctx, cites), quotes.length),
      cites.section(),
    ),
  };
}
