import type { Citation } from "@korea-relations/core";
import type { Article } from "./articleText.js";

/** A stretch of an article that records cite: overlapping excerpts merged. */
export interface Passage {
  /** Where it stands in the article's shown text (its reading text where it has one). */
  readonly start: number;
  readonly end: number;
  /** Every citation inside it, in text order. */
  readonly citations: readonly Citation[];
}

/**
 * The cited passages of a source, in the order of `article`'s text, from its
 * citations (those with a span, placed by `article.place`: in the reading
 * text where the article has one); without the article, at their verbatim spans.
 */
export function citedPassages(citations: readonly Citation[], article?: Article): Passage[] {
  const spans = citations
    .map((citation) => {
      const span = article
        ? article.place(citation.evidence)?.span
        : (citation.evidence.span as readonly [number, number] | undefined);
      return span && { citation, start: span[0], end: span[1] };
    })
    .filter((placed) => placed !== undefined)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number; citations: Citation[] }[] = [];
  for (const { citation, start, end } of spans) {
    const last = out.at(-1);
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      last.citations.push(citation);
    } else out.push({ start, end, citations: [citation] });
  }
  return out;
}

/** The distinct records a passage cites, in order. */
export function passageRecords(passage: Passage | undefined): { id: string; type: string }[] {
  const seen = new Set<string>();
  const out: { id: string; type: string }[] = [];
  for (const c of passage?.citations ?? []) {
    if (seen.has(c.record)) continue;
    seen.add(c.record);
    out.push({ id: c.record, type: c.type });
  }
  return out;
}
