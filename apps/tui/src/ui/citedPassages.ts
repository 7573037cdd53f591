import type { Citation } from "@korea-relations/core";

/** A stretch of a source that records cite: overlapping excerpts merged. */
export interface Passage {
  readonly start: number;
  readonly end: number;
  /** Every citation inside it, in text order. */
  readonly citations: readonly Citation[];
}

/** The cited passages of a source, in text order, from its citations (those with a span). */
export function citedPassages(citations: readonly Citation[]): Passage[] {
  const spans = citations
    .filter((c) => c.evidence.span !== undefined)
    .sort((a, b) => (a.evidence.span?.[0] ?? 0) - (b.evidence.span?.[0] ?? 0));
  const out: { start: number; end: number; citations: Citation[] }[] = [];
  for (const citation of spans) {
    const [start, end] = citation.evidence.span as readonly [number, number];
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
