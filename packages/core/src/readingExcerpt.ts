/**
 * An evidence's excerpt as a reader sees it: the clean reading text of its
 * span, or — for evidence citing a link list, which has no reading text of
 * its own — the link's target, shown at the link's anchor.
 */
import { type ContentPosition, type Span, typeName } from "@korea-relations/model";
import type { ReadingText } from "./ReadingText.js";

/** An excerpt in clean form. */
export interface ReadingExcerpt {
  readonly source: string;
  /** The excerpt in the reading text; for a link list entry, the link's target. */
  readonly text: string;
  /** Where to show and highlight it in the reading text (a link's anchor for a link list entry). */
  readonly span: Span;
  /** Where on the page the excerpt stands, where the evidence says. */
  readonly position?: ContentPosition;
  /** The link a link list entry lists. */
  readonly link?: { readonly n: number; readonly target: string };
}

/** The excerpt of `evidence` in `reading`; `evidence.span` is required. */
export function excerptIn(
  reading: ReadingText,
  evidence: { readonly span?: Span; readonly position?: ContentPosition },
): ReadingExcerpt {
  if (evidence.span === undefined) {
    throw new TypeError(
      `readingExcerpt(evidence) needs the evidence's span (every evidence of the built-in dataset has one), got ${typeName(evidence.span)}`,
    );
  }
  const position = evidence.position === undefined ? {} : { position: evidence.position };
  const span = reading.toReading(evidence.span);
  if (span[0] === span[1]) {
    const link = reading.linkAt(evidence.span);
    if (link) {
      return Object.freeze({
        source: reading.source,
        text: link.target,
        span: link.anchor ?? span,
        ...position,
        link: Object.freeze({ n: link.n, target: link.target }),
      });
    }
  }
  return Object.freeze({
    source: reading.source,
    text: reading.text.slice(span[0], span[1]),
    span,
    ...position,
  });
}
