import type { Office } from "@korea-relations/core";
import { citeRegistry } from "./citeRegistry.js";
import { dateText } from "./dateText.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { recordHeader } from "./recordHeader.js";
import { recordLabel } from "./recordLabel.js";
import { recordLink } from "./recordLink.js";
import { splitEvidence } from "./splitEvidence.js";
import type { View, ViewContext } from "./viewContext.js";

/** An office observation: who held which title when, as the source shows it, evidence. */
export function officeView(office: Office, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx);
  const ev = splitEvidence(r.evidenceFor(office.id));
  const title = recordLabel(office, ctx.lang, r.resolve);
  return {
    title,
    node: h(
      "article",
      null,
      recordHeader("office", title, cites.marks(ev.general), ctx),
      factList([
        [m.fields.person, recordLink(office.person, ctx), cites.marks(ev.of("person"))],
        [
          m.fields.title,
          office.titles.join(" · ") || office.label[ctx.lang],
          cites.marks(ev.of("titles")),
        ],
        [
          m.fields.role,
          office.roles.map((role) => kindLabel(role, m)).join(", "),
          cites.marks(ev.of("roles")),
        ],
        [m.fields.country, office.country ? recordLink(office.country, ctx) : null],
        [m.fields.organizations, office.organization ? recordLink(office.organization, ctx) : null],
        [
          m.fields.observed,
          office.evidence.flatMap((e) => (e.seen ? [dateText(e.seen, ctx), " "] : [])),
        ],
        [m.fields.start, office.start && dateText(office.start, ctx), cites.marks(ev.of("start"))],
        [m.fields.end, office.end && dateText(office.end, ctx), cites.marks(ev.of("end"))],
        [m.fields.status, kindLabel(office.status, m), cites.marks(ev.of("status"))],
      ]),
      cites.section(),
    ),
  };
}
