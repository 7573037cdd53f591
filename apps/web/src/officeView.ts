import { type Office, officeSightings } from "@korea-relations/core";
import { citeRegistry, spaced } from "./citeRegistry.js";
import { dateText } from "./dateText.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { recordHeader } from "./recordHeader.js";
import { recordLink } from "./recordLink.js";
import { relatedSections } from "./relatedSections.js";
import type { View, ViewContext } from "./viewContext.js";

/** An office term: who held which title (in the page's language) when; the events in it; evidence. */
export function officeView(office: Office, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx, office.id);
  // Core lists a record's evidence in the record's order: the sourced form of each excerpt.
  const sourced = r.evidenceFor(office.id);
  const observed = officeSightings(office).map(({ date, evidence }, i) => [
    i > 0 ? " " : null,
    dateText(date, ctx),
    spaced(
      cites.marks(
        evidence.flatMap((e) => {
          const found = sourced[office.evidence.indexOf(e)];
          return found ? [found] : [];
        }),
      ),
    ),
  ]);
  const title = r.recordLabel(office, ctx.lang);
  return {
    title,
    node: h(
      "article",
      null,
      recordHeader("office", title, cites, ctx),
      factList([
        [m.fields.person, recordLink(office.person, ctx), cites.field("person")],
        // The title in the page's language; the sources' own wording (any
        // language) is in the evidence the marks open.
        [m.fields.title, office.label[ctx.lang], cites.field("titles")],
        [
          m.fields.role,
          office.roles.map((role) => kindLabel(role, m)).join(", "),
          cites.field("roles"),
        ],
        [
          m.fields.country,
          office.country ? recordLink(office.country, ctx) : null,
          cites.field("country"),
        ],
        [
          m.fields.organizations,
          office.organization ? recordLink(office.organization, ctx) : null,
          cites.field("organization"),
        ],
        // Each date a source shows the office held, once, with the excerpts that show it.
        [m.fields.observed, observed.length > 0 ? observed : null],
        [m.fields.start, office.start && dateText(office.start, ctx), cites.field("start")],
        [m.fields.end, office.end && dateText(office.end, ctx), cites.field("end")],
        [m.fields.status, kindLabel(office.status, m), cites.field("status")],
      ]),
      relatedSections(office, ctx, cites, ["holder", "country", "organization"]),
      cites.section(),
    ),
  };
}
