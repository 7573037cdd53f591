import type { Citation } from "@korea-relations/core";
import { h } from "./h.js";
import { recordHref } from "./recordHref.js";
import { segmentText } from "./segmentText.js";
import type { ViewContext } from "./viewContext.js";

/**
 * A source's full text with every cited passage highlighted; after each
 * passage, links to the records citing it. A passage can be targeted as
 * `#at-<offset>` (its start in the text).
 */
export function articleText(
  text: string,
  citations: readonly Citation[],
  ctx: ViewContext,
): HTMLElement {
  const segments = segmentText(text, citations, (c) => c.evidence.span);
  const body = h("div", { class: "article-text" });
  for (const segment of segments) {
    body.append(
      segment.marked
        ? h(
            "mark",
            {
              "data-start": segment.start,
              ...(segment.starts.length > 0 ? { id: `at-${segment.start}`, tabindex: "-1" } : {}),
            },
            segment.text,
          )
        : segment.text,
    );
    const seen = new Set<string>();
    const refs = segment.ends.filter((c) => !seen.has(c.record) && seen.add(c.record));
    if (refs.length > 0) {
      body.append(
        h(
          "span",
          { class: "refs" },
          refs.map((c) => {
            const label = ctx.r.recordLabel(c.record, ctx.lang);
            const type = ctx.m.types[c.type][0];
            return h(
              "a",
              {
                href: recordHref(c.type, c.record),
                title: `${type}: ${label}`,
                "aria-label": `${type}: ${label}`,
              },
              type,
            );
          }),
        ),
      );
    }
  }
  return body;
}
