/**
 * The reading text of a source: the verbatim scrape without its artifacts,
 * with a span map both ways so that evidence (kept verbatim) can be shown and
 * highlighted in it.
 *
 * Rules, in order:
 * 1. `artifacts.linePatterns` (data): removed from every line (taz's ` | |`,
 *    `> ` and `# ` markers). Checked, and run under a time bound.
 * 2. Regions (data, see `pageLayout`): `navigation` and `ad` are dropped;
 *    a `link` region (a link list of `[n] target` lines) is dropped from the
 *    text and kept as data, its targets attached to the `[n][anchor]` marks in
 *    the text, whose brackets are removed.
 * 3. Words (runs of non-space characters) are copied; the stretch between two
 *    words becomes one space, one line break, or nothing (removed markup with
 *    no space around it). Line breaks and blank lines become one `\n`: the
 *    reading text has one block (paragraph, heading, caption, tag) per line.
 * 4. `artifacts.wrap` (data): the text is hard-wrapped at that width. A line
 *    break inside one region is a wrap, joined with a space, when the next
 *    line's first word would not have fitted on the line (classic reflow);
 *    a line longer than the width was not wrapped.
 */
import { type ContentPosition, type PageRegion, type Span, SpanMap } from "@korea-relations/model";
import { checkPattern } from "./checkPattern.js";
import { lineMatches } from "./lineMatches.js";
import { PageLayout, resolveRegions } from "./pageLayout.js";
import { indexText } from "./textIndex.js";

/** A source's cleaning rules, as its YAML gives them. */
export interface ReadingRules {
  /** The source's YAML file, named in error lines. */
  readonly file: string;
  /** `artifacts.linePatterns`: regular expressions removed from every line. */
  readonly linePatterns?: readonly string[];
  /** `artifacts.wrap`: the width at which the text is hard-wrapped. */
  readonly wrap?: number;
  /** `regions`: where on the page each part stands. */
  readonly regions?: readonly PageRegion[];
}

/** A link whose target the text printed in a link list. */
export interface ReadingLink {
  /** The number the text gives it, `[n]`. */
  readonly n: number;
  /** The target as printed (may be a path relative to the site). */
  readonly target: string;
  /** The verbatim span of the list entry `[n] target`. */
  readonly entry: Span;
  /** The anchor text's verbatim span, when the text marks one with `[n][…]`. */
  readonly anchor?: Span;
  /** The anchor text's span in the reading text. */
  readonly readingAnchor?: Span;
}

/** A stretch of the reading text at one page position. */
export interface ReadingRun {
  readonly start: number;
  readonly end: number;
  readonly position: ContentPosition;
}

export interface ReadingText {
  /** The reading text: one block per line. */
  readonly text: string;
  /**
   * The reading text cut at page-position changes, in order and covering it
   * whole (a line break belongs to the run before it), so that a reader can
   * set headlines, captions, tags and credits apart.
   */
  readonly runs: readonly ReadingRun[];
  /** The span map between the verbatim and the reading text. */
  readonly map: SpanMap;
  /** The page positions of the verbatim text. */
  readonly layout: PageLayout;
  readonly links: readonly ReadingLink[];
  /** The reading span of a verbatim span (see `SpanMap.toReading`). */
  toReading(span: Span): [number, number];
  /** The verbatim span of a reading span (see `SpanMap.toVerbatim`). */
  toVerbatim(span: Span): [number, number];
  /**
   * The link whose list entry a verbatim span lies in: evidence citing a link
   * list has no reading text of its own and is shown at the link's anchor.
   */
  linkAt(span: Span): ReadingLink | undefined;
}

const SPACE = /\s/u;
/** A link list entry, `[n] target`, on a line of its own. */
export const LINK_ENTRY = /^\[(\d{1,4})\]\s+(\S+)$/u;
/** A link's anchor in the text, `[n][anchor text]`. */
export const LINK_ANCHOR = /\[(\d{1,4})\]\[([^[\]]*)\]/gu;
const DROPPED = new Set(["navigation", "ad", "link"]);

const ARTIFACT = 1;
const DROP = 2;
const MARKUP = 4;

const codePoints = (text: string) => [...text].length;

/** Builds the reading text of a verbatim source text. Throws a one-line `DataError` on bad rules. */
export function readingText(verbatim: string, rules: ReadingRules): ReadingText {
  const { file } = rules;
  const length = verbatim.length;
  /** Why each verbatim code unit has no reading form: ARTIFACT, DROP, MARKUP bits (0: kept). */
  const gone = new Uint8Array(length);
  const mark = (offset: number, why: number) => {
    gone[offset] = (gone[offset] ?? 0) | why;
  };

  const patterns = (rules.linePatterns ?? []).map((pattern, i) => {
    const site = { file, field: `artifacts.linePatterns[${i}]` };
    return { regex: checkPattern(pattern, site), site };
  });
  for (const [start, end] of lineMatches(verbatim, patterns)) gone.fill(ARTIFACT, start, end);

  // The patterns passed the checks above on this very text, so the evidence
  // index may run them too.
  const index = indexText(verbatim, rules.linePatterns);
  const layout = new PageLayout(verbatim, resolveRegions(index, rules.regions ?? [], file));

  const lineStarts = [0];
  for (let i = 0; i < length; i++) if (verbatim[i] === "\n") lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** A line without its artifacts: its text and each code unit's verbatim offset. */
  const cleanLine = (line: number) => {
    const start = lineStarts[line] ?? length;
    const end = (lineStarts[line + 1] ?? length + 1) - 1;
    let text = "";
    const offsets: number[] = [];
    for (let i = start; i < end; i++) {
      if ((gone[i] ?? 0) & ARTIFACT) continue;
      text += verbatim[i];
      offsets.push(i);
    }
    return { text, offsets };
  };

  // Link lists: their entries become data, the lists leave the text.
  const entries = new Map<number, { target: string; entry: Span }>();
  for (const region of layout.regions) {
    if (region.position !== "link") continue;
    for (
      let line = lineOf(region.start);
      line <= lineOf(Math.max(region.start, region.end - 1));
      line++
    ) {
      const { text, offsets } = cleanLine(line);
      const trimmed = text.trim();
      const match = LINK_ENTRY.exec(trimmed);
      if (!match) continue;
      const at = text.indexOf(trimmed);
      const entry: Span = [offsets[at] ?? 0, (offsets[at + trimmed.length - 1] ?? 0) + 1];
      if (entry[0] < region.start || entry[1] > region.end) continue;
      entries.set(Number(match[1]), { target: match[2] ?? "", entry });
    }
  }
  for (const region of layout.regions) {
    if (DROPPED.has(region.position)) {
      for (let i = region.start; i < region.end; i++) mark(i, DROP);
    }
  }

  // Anchors `[n][text]` of listed links: keep the text, drop the brackets.
  let layer = "";
  const layerOffsets: number[] = [];
  for (let i = 0; i < length; i++) {
    if (gone[i]) continue;
    layer += verbatim[i];
    layerOffsets.push(i);
  }
  const anchors = new Map<number, Span>();
  for (const match of layer.matchAll(LINK_ANCHOR)) {
    const n = Number(match[1]);
    if (!entries.has(n) || anchors.has(n)) continue;
    const open = match.index;
    const close = open + match[0].length - 1;
    const contentStart = open + (match[1]?.length ?? 0) + 3;
    for (let k = open; k < contentStart; k++) mark(layerOffsets[k] ?? 0, MARKUP);
    mark(layerOffsets[close] ?? 0, MARKUP);
    if (close > contentStart) {
      anchors.set(n, [layerOffsets[contentStart] ?? 0, (layerOffsets[close - 1] ?? 0) + 1]);
    }
  }

  // Words are copied; each stretch between two words becomes one character or none.
  const isWord = (i: number) => !gone[i] && !SPACE.test(verbatim[i] ?? " ");
  const wrapWidth = rules.wrap;
  const isWrap = (line: number) => {
    if (wrapWidth === undefined) return false;
    const here = codePoints(cleanLine(line).text.trim());
    if (here > wrapWidth) return false;
    const next =
      cleanLine(line + 1)
        .text.trim()
        .split(SPACE)[0] ?? "";
    return here + 1 + codePoints(next) > wrapWidth;
  };
  const separator = (from: number, to: number): "" | " " | "\n" => {
    let breaks = 0;
    let space = false;
    for (let i = from; i < to; i++) {
      if (verbatim[i] === "\n") breaks++;
      else if (!gone[i] && SPACE.test(verbatim[i] ?? "")) space = true;
    }
    if (breaks === 0) return space ? " " : "";
    if (
      breaks === 1 &&
      layout.regionAt(from - 1) === layout.regionAt(to) &&
      isWrap(lineOf(from - 1))
    ) {
      return " ";
    }
    return "\n";
  };

  const pieces: [number, number][] = [];
  let text = "";
  let i = 0;
  while (i < length) {
    let start = i;
    while (start < length && !isWord(start)) start++;
    if (start > i) {
      const glue = i === 0 || start === length ? "" : separator(i, start);
      pieces.push([glue.length, start - i]);
      text += glue;
    }
    let end = start;
    while (end < length && isWord(end)) end++;
    if (end > start) {
      pieces.push([end - start, end - start]);
      text += verbatim.slice(start, end);
    }
    i = end;
  }
  const map = SpanMap.fromPieces(pieces);

  const links: ReadingLink[] = [...entries.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, { target, entry }]) => {
      const anchor = anchors.get(n);
      return anchor
        ? { n, target, entry, anchor, readingAnchor: map.toReading(anchor) }
        : { n, target, entry };
    });

  const runs: ReadingRun[] = [];
  let run: { start: number; position: ContentPosition } | undefined;
  for (let r = 0; r < text.length; r++) {
    if (SPACE.test(text[r] ?? "")) continue;
    // Dropped positions have no reading text, so every kept one is content.
    const position = layout.positionAt(map.verbatimOffset(r)) as ContentPosition;
    if (run?.position === position) continue;
    if (run) runs.push({ start: run.start, end: r, position: run.position });
    run = { start: r, position };
  }
  if (run) runs.push({ start: run.start, end: text.length, position: run.position });

  return {
    text,
    runs,
    map,
    layout,
    links,
    linkAt: ([start, end]) =>
      links.find(({ entry }) => entry[0] <= start && end <= entry[1] && start < end),
    toReading: (span) => map.toReading(span),
    toVerbatim: (span) => map.toVerbatim(span),
  };
}
