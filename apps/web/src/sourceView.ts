import type { Reason, Source } from "@korea-relations/core";
import { articleText } from "./articleText.js";
import { basisMark } from "./basisMark.js";
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

/**
 * A source: its metadata (each with its basis), and the article itself with
 * the cited passages highlighted and linked to the records that cite them.
 * The article texts load on demand, kept out of the main bundle.
 */
export function sourceView(source: Source, ctx: ViewContext, at?: number): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx);
  const ev = splitEvidence(r.evidenceFor(source.id));
  const title = recordLabel(source, ctx.lang, r.resolve);
  const citations = r.citations(source.id);
  const passages = new Set(
    citations.filter((c) => c.evidence.span).map((c) => c.evidence.span?.[0]),
  );
  const article = h(
    "div",
    { class: "article", lang: source.language, "aria-busy": "true" },
    m.source.loading,
  );
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
        cites.marks(ev.general),
        ctx,
        h("p", { class: "lead" }, source.summary[ctx.lang]),
      ),
      factList([
        [m.fields.publisher, attested(source.publisher), cites.marks(ev.of("publisher"))],
        [
          m.fields.published,
          source.published ? dateText(source.published, ctx) : m.undated,
          cites.marks(ev.of("published")),
        ],
        [m.fields.language, kindLabel(source.language, m)],
        [
          m.fields.kind,
          [kindLabel(source.kind.value, m), basisMark(source.kind, m, ctx.lang)],
          cites.marks(ev.of("kind")),
        ],
        [m.fields.url, attested(source.url), cites.marks(ev.of("url"))],
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
                    cites.marks([{ ...credit.evidence, sourceRecord: source }]),
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
      cites.section(),
    ),
    after: () => {
      import("@korea-relations/core/sources").then(({ SOURCE_TEXTS }) => {
        const text = (SOURCE_TEXTS as Record<string, string>)[source.id];
        article.removeAttribute("aria-busy");
        article.replaceChildren(text === undefined ? "" : articleText(text, citations, ctx));
        if (at === undefined) return;
        const target = article.querySelector<HTMLElement>(`[id="at-${at}"]`);
        if (!target) return;
        // Highlight the whole passage: every piece from its start to the end of the longest excerpt starting there.
        const end = Math.max(
          ...citations
            .filter((c) => c.evidence.span?.[0] === at)
            .map((c) => c.evidence.span?.[1] ?? at),
        );
        for (const mark of article.querySelectorAll<HTMLElement>("mark[data-start]")) {
          const start = Number(mark.dataset.start);
          if (start >= at && start < end) mark.classList.add("target");
        }
        target.focus({ preventScroll: true });
        target.scrollIntoView({ block: "center" });
      });
    },
  };
}
