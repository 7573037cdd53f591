import type { Office } from "@korea-relations/core";
import { dateWords } from "@korea-relations/core";
import type { CiteRegistry } from "./citeRegistry.js";
import { type Child, h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { type OfficeTerm, officeTerm, officeTermOrder } from "./officeTerms.js";
import { LIST_STEP, pagedList } from "./pagedList.js";
import { recordHref } from "./recordHref.js";
import { recordLink } from "./recordLink.js";
import type { ViewContext } from "./viewContext.js";

/** A role as the start of a line: "Head of state". */
const roleName = (role: string, ctx: ViewContext) => {
  const text = kindLabel(role, ctx.m);
  return text.charAt(0).toLocaleUpperCase(ctx.lang) + text.slice(1);
};

/** "since 4 Jun 2025", "10 May 2022 – 4 Apr 2025", "until …", "former" or nothing. */
function termText(term: OfficeTerm, ctx: ViewContext): string {
  const { m, lang } = ctx;
  const date = (d: { value: string }) => dateWords(d.value, lang, "short");
  if (term.start && term.end) return `${date(term.start)} – ${date(term.end)}`;
  if (term.start) return term.current ? m.term.since(date(term.start)) : date(term.start);
  if (term.end) return m.term.until(date(term.end));
  return term.current ? "" : m.term.former;
}

/** The dates the sources show a term held, each a link to the term's record. */
function observations(term: OfficeTerm, ctx: ViewContext, cites?: CiteRegistry): Child {
  const { office } = term;
  const label = ctx.r.recordLabel(office, ctx.lang);
  const dates = term.seen.map((date) => dateWords(date, ctx.lang, "short"));
  return [
    h("span", { class: "detail" }, `${ctx.m.term.seen} `),
    (dates.length > 0 ? dates : [label]).map((when, i) => [
      i > 0 ? ", " : null,
      h("a", { href: recordHref("office", office.id), "aria-label": `${when}: ${label}` }, when),
    ]),
    cites ? [" ", cites.marks(ctx.r.evidenceFor(office.id))] : null,
  ];
}

/**
 * Offices read as terms. On a person's page (`post`), one line per role and
 * country or organization; on a country's or organization's page (`holder`),
 * its roles with who held each, so the government reads as a list of names
 * with their terms. Every term stays linked; long lists are drawn a part at a
 * time (`pagedList`): `step` lines at first (about as many, in all roles).
 */
export function officeTermList(
  offices: readonly Office[],
  perspective: "post" | "holder",
  ctx: ViewContext,
  cites?: CiteRegistry,
  step = LIST_STEP,
): HTMLElement | null {
  // Terms are made for the lines drawn: a source may support thousands of offices.
  const terms = officeTermOrder(offices);
  if (terms.length === 0) return null;
  const line = (term: OfficeTerm, who: Child) => {
    const when = termText(term, ctx);
    return h(
      "li",
      null,
      who,
      when ? [" · ", h("span", { class: "term" }, when)] : null,
      h("br"),
      observations(term, ctx, cites),
    );
  };
  if (perspective === "post") {
    return pagedList(
      terms,
      (part) =>
        h(
          "ul",
          { class: "items terms" },
          part.map(({ office }) => {
            const term = officeTerm(office);
            const where = term.country ?? term.organization;
            return line(term, [
              h("strong", null, term.office.label[ctx.lang]),
              where ? [", ", recordLink(where, ctx)] : null,
            ]);
          }),
        ),
      ctx,
      undefined,
      step,
    );
  }
  // Terms come grouped by role: each role's run, in one pass.
  const byRole = new Map<string, (typeof terms)[number][]>();
  for (const term of terms) {
    const some = byRole.get(term.role);
    if (some) some.push(term);
    else byRole.set(term.role, [term]);
  }
  // About `step` terms at first in all: a part of each role's.
  const each = terms.length <= step ? step : Math.max(10, Math.ceil(step / byRole.size));
  return h(
    "dl",
    { class: "facts government" },
    [...byRole].map(([role, some]) =>
      h(
        "div",
        null,
        h("dt", null, roleName(role, ctx)),
        h(
          "dd",
          null,
          pagedList(
            some,
            (part) =>
              h(
                "ul",
                { class: "plain terms" },
                part.map(({ office }) => line(officeTerm(office), recordLink(office.person, ctx))),
              ),
            ctx,
            undefined,
            each,
          ),
        ),
      ),
    ),
  );
}
