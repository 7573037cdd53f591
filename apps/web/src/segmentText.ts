/** A run of a text: highlighted when a citation covers it. */
export interface Segment<C> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Covered by at least one citation. */
  readonly marked: boolean;
  /** Citations starting here (the segment is their anchor). */
  readonly starts: readonly C[];
  /** Citations ending here, in input order. */
  readonly ends: readonly C[];
}

/**
 * Cuts a text at every start and end of the citations' spans (`[start, end)`,
 * UTF-16 offsets; citations without a span are ignored), so that each cited
 * passage can be highlighted and linked. Overlapping spans are allowed.
 */
export function segmentText<C>(
  text: string,
  citations: readonly C[],
  spanOf: (citation: C) => readonly [number, number] | undefined,
): Segment<C>[] {
  const spans: { citation: C; start: number; end: number }[] = [];
  for (const citation of citations) {
    const span = spanOf(citation);
    if (!span) continue;
    const start = Math.max(0, Math.min(text.length, span[0]));
    const end = Math.max(start, Math.min(text.length, span[1]));
    if (end > start) spans.push({ citation, start, end });
  }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment<C>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      marked: spans.some((s) => s.start <= start && s.end >= end),
      starts: spans.filter((s) => s.start === start).map((s) => s.citation),
      ends: spans.filter((s) => s.end === end).map((s) => s.citation),
    });
  }
  return segments;
}
