import type { SourcedEvidence } from "@korea-relations/core";
import { formatDate } from "./formatDate.js";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { recordHref } from "./recordHref.js";
import type { ViewContext } from "./viewContext.js";

/** Numbered citations of one page. */
export interface CiteRegistry {
  /** Citation markers for these excerpts (numbered in reading order); `null` for none. */
  marks(list: readonly SourcedEvidence[]): HTMLElement | null;
  /** The page's evidence section: every excerpt marked so far, in number order. */
  section(): HTMLElement;
}

let cards = 0;

const keyOf = (e: SourcedEvidence) => `${e.source}\u0000${e.span?.join("-") ?? e.quote}`;

/** The source line of an excerpt: publisher, title, date and language. */
function sourceMeta(e: SourcedEvidence, ctx: ViewContext): HTMLElement {
  const s = e.sourceRecord;
  const parts = [
    s?.publisher?.value,
    s?.title?.value,
    s?.published ? formatDate(s.published, ctx.lang) : ctx.m.undated,
    s ? kindLabel(s.language, ctx.m) : undefined,
  ].filter((part): part is string => Boolean(part));
  return h("span", { class: "cite-meta" }, parts.join(" · "));
}

function excerpt(e: SourcedEvidence, ctx: ViewContext): HTMLElement[] {
  const at = e.span?.[0];
  return [
    h("blockquote", { lang: e.sourceRecord?.language ?? null }, e.quote),
    sourceMeta(e, ctx),
    h("a", { class: "cite-go", href: recordHref("source", e.source, at) }, ctx.m.showInSource),
  ];
}

/**
 * Footnote-style evidence for a page: each excerpt gets a number the first
 * time it is marked; the marker is a button that reveals the verbatim excerpt
 * and its source, with a link to the passage in the source.
 */
export function citeRegistry(ctx: ViewContext): CiteRegistry {
  const numbers = new Map<string, number>();
  const entries: SourcedEvidence[] = [];
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
  return {
    marks(list) {
      if (list.length === 0) return null;
      return h(
        "span",
        { class: "cites" },
        list.map((e) => {
          const n = number(e);
          const id = `cite-${++cards}`;
          const card = h("span", { class: "cite-card", id, hidden: true }, excerpt(e, ctx));
          const button = h(
            "button",
            {
              type: "button",
              class: "cite-button",
              "aria-expanded": "false",
              "aria-controls": id,
              title: ctx.m.evidenceN(n),
              onclick: () => {
                const open = card.hidden;
                card.hidden = !open;
                button.setAttribute("aria-expanded", String(open));
              },
            },
            h("span", { class: "sr" }, `${ctx.m.evidence} `),
            String(n),
          );
          return h("span", { class: "cite" }, button, card);
        }),
      );
    },
    section() {
      return h(
        "section",
        { class: "evidence", "aria-labelledby": "evidence-heading" },
        h("h2", { id: "evidence-heading" }, ctx.m.evidence),
        entries.length === 0
          ? h("p", null, ctx.m.noEvidence)
          : h(
              "ol",
              null,
              entries.map((e) => h("li", null, excerpt(e, ctx))),
            ),
      );
    },
  };
}
