import type { Reason, Source } from "@korea-relations/core";
import { basisMark } from "./basisMark.js";
import { citeRegistry, spaced } from "./citeRegistry.js";
import { dateText } from "./dateText.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { kindLabel } from "./kindLabel.js";
import { recordHeader } from "./recordHeader.js";
import { recordLink } from "./recordLink.js";
import { relatedSections } from "./relatedSections.js";
import type { View, ViewContext } from "./viewContext.js";

/**
 * A source: its metadata (each with its basis), everything it supports, and
 * the article itself with the cited passages highlighted and linked to the
 * records that cite them.
 * The article texts load on demand, kept out of the main bundle.
 */
export function sourceView(source: Source, ctx: ViewContext, at?: number): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx, source.id);
  const title = r.recordLabel(source, ctx.lang);
  const citations = r.citations(source.id);
  const passages = new Set(
    citations.filter((c) => c.evidence.span).map((c) => c.evidence.span?.[0]),
  );
  const passageList = h("div", null);
  const article = h("div", { class: "article", "aria-busy": "true" }, m.source.loading);
  const attested = (
    value:
      | { value: string; basis: "stated" | "inferred" | "external"; reason?: Reason }
      | undefined,
  ) => value && [value.value, basisMark(value, m, ctx.lang)];
  return {
    title,
    node: h(
      "article",
      null,
      recordHeader(
        "source",
        title,
        cites,
        ctx,
        h("p", { class: "lead" }, source.summary[ctx.lang], spaced(cites.field("summary"))),
      ),
      factList([
        [m.fields.title, attested(source.title), cites.field("title")],
        [m.fields.publisher, attested(source.publisher), cites.field("publisher")],
        [
          m.fields.published,
          source.published ? dateText(source.published, ctx) : m.undated,
          cites.field("published"),
        ],
        [m.fields.language, kindLabel(source.language, m)],
        [
          m.fields.kind,
          [kindLabel(source.kind.value, m), basisMark(source.kind, m, ctx.lang)],
          cites.field("kind"),
        ],
        [m.fields.url, attested(source.url), cites.field("url")],
        [
          m.fields.credits,
          (source.credits ?? []).length === 0
            ? null
            : h(
                "ul",
                { class: "plain" },
                (source.credits ?? []).map((credit) =>
                  h(
                    "li",
                    null,
                    recordLink(credit.person, ctx),
                    ` (${kindLabel(credit.role, m)}) `,
                    cites.marks([
                      { ...credit.evidence, sourceRecord: r.getSource(credit.evidence.source) },
                    ]),
                  ),
                ),
              ),
        ],
      ]),
      h(
        "section",
        { "aria-labelledby": "article-heading" },
        h("h2", { id: "article-heading" }, m.source.article),
        h("p", { class: "detail" }, m.source.passages(passages.size)),
        article,
      ),
      passageList,
      relatedSections(source, ctx, cites, ["credits"]),
      cites.section(),
    ),
    after: () =>
      // The reading texts come from the repository's private package: this
      // page is served locally from a clone, never published (the published
      // core ships only the texts whose terms allow it).
      import("./readerText.js").then(({ readingOf, readerText }) => {
        const reading = readingOf(source.id);
        article.removeAttribute("aria-busy");
        if (!reading) {
          article.replaceChildren(h("p", { class: "detail" }, m.source.noText));
          return;
        }
        const reader = readerText(source.id, reading, citations, ctx, source.language, at);
        article.replaceChildren(reader.text);
        passageList.replaceWith(reader.passages);
        if (!reader.target) return;
        reader.target.focus({ preventScroll: true });
        reader.target.scrollIntoView({ block: "center" });
      }),
  };
}
