import type { SourcedEvidence } from "@korea-relations/core";
import { dateWords } from "@korea-relations/core";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { recordHref } from "./recordHref.js";
import type { ViewContext } from "./viewContext.js";

/** Numbered citations of one record's page. */
export interface CiteRegistry {
  /** The record whose page this is. */
  readonly id: string;
  /** Citation markers for these excerpts (numbered in reading order); `null` for none. */
  marks(list: readonly SourcedEvidence[]): HTMLElement | null;
  /**
   * Markers for the excerpts that back the record as a whole: those without
   * `supports`, shown once beside the record's heading rather than on every row.
   */
  whole(): HTMLElement | null;
  /**
   * Markers for one field, by core's rule (`evidenceFor(id, { field })`); `null`
   * where core gives the record-wide excerpts, which `whole()` already shows.
   */
  field(name: string): HTMLElement | null;
  /** The page's evidence section: every excerpt of the record and every one marked, numbered. */
  section(): HTMLElement;
}

let cards = 0;

/** Markers preceded by a space, to follow text; nothing for none. */
export const spaced = (marks: HTMLElement | null): (string | HTMLElement)[] | null =>
  marks ? [" ", marks] : null;

const keyOf = (e: SourcedEvidence) => `${e.source}\u0000${e.span?.join("-") ?? e.quote}`;

const sameList = (a: readonly SourcedEvidence[], b: readonly SourcedEvidence[]) =>
  a.length === b.length && a.every((e, i) => keyOf(e) === keyOf(b[i] as SourcedEvidence));

/** The source line of an excerpt: its source (linked), publisher, date and language. */
function sourceMeta(e: SourcedEvidence, ctx: ViewContext): HTMLElement {
  const s = e.sourceRecord;
  const rest = [
    s.publisher?.value,
    s.published ? dateWords(s.published, ctx.lang) : ctx.m.undated,
    kindLabel(s.language, ctx.m),
  ].filter((part): part is string => Boolean(part));
  return h(
    "span",
    { class: "cite-meta" },
    h("a", { href: recordHref("source", s.id) }, ctx.r.recordLabel(s, ctx.lang)),
    ` · ${rest.join(" · ")}`,
  );
}

function excerpt(e: SourcedEvidence, ctx: ViewContext): HTMLElement[] {
  const at = e.span?.[0];
  return [
    h("blockquote", { lang: e.sourceRecord.language }, e.quote),
    sourceMeta(e, ctx),
    h("a", { class: "cite-go", href: recordHref("source", e.source, at) }, ctx.m.showInSource),
  ];
}

/**
 * Footnote-style evidence for a record's page: each excerpt gets a number the
 * first time it is marked; the marker is a button that reveals the verbatim
 * excerpt and its source, with a link to the passage in the source. Escape
 * closes an open card and returns to its button.
 */
export function citeRegistry(ctx: ViewContext, id: string): CiteRegistry {
  const numbers = new Map<string, number>();
  const entries: SourcedEvidence[] = [];
  const all = ctx.r.evidenceFor(id);
  const wholeList = all.filter((e) => !e.supports || e.supports.length === 0);
  const number = (e: SourcedEvidence) => {
    const key = keyOf(e);
    let n = numbers.get(key);
    if (n === undefined) {
      entries.push(e);
      n = entries.length;
      numbers.set(key, n);
    }
    return n;
  };
  const marks = (list: readonly SourcedEvidence[]): HTMLElement | null => {
    if (list.length === 0) return null;
    return h(
      "span",
      { class: "cites" },
      list.map((e) => {
        const n = number(e);
        const cardId = `cite-${++cards}`;
        const card = h("span", { class: "cite-card", id: cardId, hidden: true }, excerpt(e, ctx));
        const toggle = (open: boolean) => {
          card.hidden = !open;
          button.setAttribute("aria-expanded", String(open));
        };
        const button = h(
          "button",
          {
            type: "button",
            class: "cite-button",
            "aria-expanded": "false",
            "aria-controls": cardId,
            title: ctx.m.evidenceN(n),
            onclick: () => toggle(card.hidden),
          },
          h("span", { class: "sr" }, `${ctx.m.evidence} `),
          String(n),
        );
        const cite = h("span", { class: "cite" }, button, card);
        cite.addEventListener("keydown", (event) => {
          if ((event as KeyboardEvent).key !== "Escape" || card.hidden) return;
          event.stopPropagation();
          toggle(false);
          button.focus();
        });
        return cite;
      }),
    );
  };
  return {
    id,
    marks,
    whole: () => marks(wholeList),
    field(name) {
      const list = ctx.r.evidenceFor(id, { field: name });
      return sameList(list, wholeList) ? null : marks(list);
    },
    section() {
      for (const e of all) number(e);
      // Each source named once, its excerpts under it, numbered as their markers.
      const groups = new Map<string, { first: SourcedEvidence; items: HTMLElement[] }>();
      entries.forEach((e, i) => {
        const group = groups.get(e.source) ?? { first: e, items: [] };
        group.items.push(
          h(
            "li",
            { value: i + 1 },
            h("blockquote", { lang: e.sourceRecord.language }, e.quote),
            h(
              "a",
              { class: "cite-go", href: recordHref("source", e.source, e.span?.[0]) },
              ctx.m.showInSource,
            ),
          ),
        );
        groups.set(e.source, group);
      });
      return h(
        "section",
        { class: "evidence", "aria-labelledby": "evidence-heading" },
        h("h2", { id: "evidence-heading" }, ctx.m.evidence),
        entries.length === 0
          ? h("p", null, ctx.m.noEvidence)
          : [...groups.values()].map((group) =>
              h(
                "div",
                { class: "source-group" },
                sourceMeta(group.first, ctx),
                h("ol", null, group.items),
              ),
            ),
      );
    },
  };
}
