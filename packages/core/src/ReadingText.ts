/**
 * A source's reading text: the verbatim text without scrape artifacts
 * (line-wrap markup, link marks, navigation, ads), one block per line, with a
 * span map both ways, so that evidence — kept verbatim against the original
 * — can be shown and highlighted in clean text.
 */
import { type ContentPosition, type Span, SpanMap, typeName } from "@korea-relations/model";

/** A source's reading text as the build generates it (see `READING_TEXTS`). */
export interface ReadingTextData {
  readonly text: string;
  /** The span map, `SpanMap.encode()`d. */
  readonly map: readonly number[];
  /** Where each run of one page position starts in the text. */
  readonly runs: readonly (readonly [start: number, position: ContentPosition])[];
  /** The link list: number, target, entry span (verbatim), anchor span (reading) where marked. */
  readonly links: readonly (readonly [
    n: number,
    target: string,
    entryStart: number,
    entryEnd: number,
    anchorStart?: number,
    anchorEnd?: number,
  ])[];
}

/** A stretch of the reading text at one page position; runs tile the text in order. */
export interface ReadingRun {
  readonly start: number;
  readonly end: number;
  readonly position: ContentPosition;
}

/** A link the source lists (`[n] target`), attached to its anchor in the text. */
export interface ReadingLink {
  readonly n: number;
  /** The target as printed (a site-relative path or an address). */
  readonly target: string;
  /** The verbatim span of the list entry `[n] target` (the list is not in the reading text). */
  readonly entry: Span;
  /** The anchor's span in the reading text, where the text marks one. */
  readonly anchor?: Span;
}

/** A source's reading text with its map to the verbatim text and back. */
export interface ReadingText {
  readonly source: string;
  /** The clean text: one block (paragraph, heading, caption, tag…) per line. */
  readonly text: string;
  /** The text cut at page-position changes, covering it whole. */
  readonly runs: readonly ReadingRun[];
  readonly links: readonly ReadingLink[];
  /**
   * The reading span of a verbatim span (an evidence's `span`): every kept
   * character it covers. A span inside a link list maps to an empty span;
   * `linkAt` gives the link to show instead.
   */
  toReading(span: Span): Span;
  /** The verbatim span of a reading span. */
  toVerbatim(span: Span): Span;
  /** The link whose list entry holds a verbatim span, if any. */
  linkAt(span: Span): ReadingLink | undefined;
}

/** Checks a span argument: two integers, start ≤ end, within `length`. */
function checkSpan(span: unknown, length: number, name: string): Span {
  if (
    !Array.isArray(span) ||
    span.length !== 2 ||
    !Number.isInteger(span[0]) ||
    !Number.isInteger(span[1])
  ) {
    throw new TypeError(`${name} must be [start, end] (two integers), got ${typeName(span)}`);
  }
  const [start, end] = span as [number, number];
  if (start < 0 || end < start || end > length) {
    throw new RangeError(`${name} [${start}, ${end}] must satisfy 0 ≤ start ≤ end ≤ ${length}`);
  }
  return [start, end];
}

/** Builds the reading text of a source from its generated data; the result is frozen. */
export function buildReadingText(source: string, data: ReadingTextData): ReadingText {
  const map = SpanMap.decode(data.map);
  const runs: ReadingRun[] = data.runs.map(([start, position], i) =>
    Object.freeze({ start, end: data.runs[i + 1]?.[0] ?? data.text.length, position }),
  );
  const links: ReadingLink[] = data.links.map(([n, target, from, to, anchorStart, anchorEnd]) =>
    Object.freeze({
      n,
      target,
      entry: Object.freeze([from, to] as const),
      ...(anchorStart === undefined || anchorEnd === undefined
        ? {}
        : { anchor: Object.freeze([anchorStart, anchorEnd] as const) }),
    }),
  );
  const verbatimLength = map.verbatimLength;
  return Object.freeze({
    source,
    text: data.text,
    runs: Object.freeze(runs),
    links: Object.freeze(links),
    toReading: (span: Span) =>
      Object.freeze(map.toReading(checkSpan(span, verbatimLength, "toReading(span)"))),
    toVerbatim: (span: Span) =>
      Object.freeze(map.toVerbatim(checkSpan(span, data.text.length, "toVerbatim(span)"))),
    linkAt: (span: Span) => {
      const [start, end] = checkSpan(span, verbatimLength, "linkAt(span)");
      return links.find(({ entry }) => entry[0] <= start && end <= entry[1] && start < end);
    },
  });
}
