/**
 * Where on the page each part of a source text stands. A source declares
 * regions by verbatim passages (written like evidence quotes: whitespace and
 * the source's line artifacts do not matter); text no region claims is body.
 * Regions may nest (a photo credit inside a caption line): the innermost one
 * gives the position. `navigation` and `ad` are not content: they carry a
 * reason and are left out of the reading text. The region's shape is the
 * model's `PageRegion` (checked with the source's record).
 */
import type { PagePosition, PageRegion } from "@korea-relations/model";
import { DataError } from "./dataError.js";
import { findAllQuotes, type TextIndex } from "./textIndex.js";

/** A region found in the verbatim text. */
export interface ResolvedRegion {
  readonly position: PagePosition;
  /** Index of the region in the source's list. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

const shorten = (text: string) =>
  JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);

/**
 * Finds every region in the text (indexed with the source's line patterns).
 * Throws a one-line `DataError` naming the file and region when a passage is
 * missing or ambiguous, or when two regions overlap without nesting.
 */
export function resolveRegions(
  index: TextIndex,
  regions: readonly PageRegion[],
  file: string,
): ResolvedRegion[] {
  const resolved: ResolvedRegion[] = [];
  regions.forEach((region, i) => {
    const fail = (field: string, message: string): never => {
      throw new DataError({ file, field: `regions[${i}]${field}`, message });
    };
    const find = (passage: string, field: string) => {
      const spans = findAllQuotes(index, passage);
      if (spans.length === 0) fail(field, `${shorten(passage)} is not in the source text`);
      return spans;
    };
    if (region.passage !== undefined) {
      const spans = find(region.passage, ".passage");
      if (region.occurrence !== undefined) {
        const span = spans[region.occurrence - 1];
        if (!span) {
          fail(".occurrence", `${shorten(region.passage)} occurs only ${spans.length} times`);
        }
        const [start, end] = span ?? [0, 0];
        resolved.push({ position: region.position, index: i, start, end });
        return;
      }
      if (spans.length > 1 && !region.every) {
        fail(
          ".passage",
          `${shorten(region.passage)} occurs ${spans.length} times; lengthen it, or add every: true or occurrence: n`,
        );
      }
      for (const [start, end] of spans)
        resolved.push({ position: region.position, index: i, start, end });
      return;
    }
    const from = find(region.from ?? "", ".from");
    if (from.length > 1) {
      fail(".from", `${shorten(region.from ?? "")} occurs ${from.length} times; lengthen it`);
    }
    const start = from[0]?.[0] ?? 0;
    const to = find(region.to ?? "", ".to").find(([, end]) => end > start);
    if (!to) fail(".to", `${shorten(region.to ?? "")} does not occur after from`);
    resolved.push({ position: region.position, index: i, start, end: to?.[1] ?? start });
  });
  const sorted = [...resolved].sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i < sorted.length; i++) {
    const outer = sorted[i];
    for (let j = i + 1; j < sorted.length; j++) {
      const inner = sorted[j];
      if (!outer || !inner || inner.start >= outer.end) break;
      if (inner.end > outer.end) {
        throw new DataError({
          file,
          field: `regions[${inner.index}]`,
          message: `overlaps regions[${outer.index}] without lying inside it`,
        });
      }
    }
  }
  return sorted;
}

/** The position of every part of a source text. */
export class PageLayout {
  readonly text: string;
  readonly regions: readonly ResolvedRegion[];
  /** For each code unit, 1 + the index in `regions` of its innermost region (0: none). */
  private readonly owner: Uint16Array;

  constructor(text: string, regions: readonly ResolvedRegion[]) {
    this.text = text;
    this.regions = regions;
    this.owner = new Uint16Array(text.length);
    // Sorted by start, outer before inner: later fills are the inner regions.
    regions.forEach((region, k) => {
      this.owner.fill(k + 1, region.start, region.end);
    });
  }

  /** The innermost region holding a verbatim offset, if any. */
  regionAt(offset: number): ResolvedRegion | undefined {
    const k = this.owner[offset] ?? 0;
    return k === 0 ? undefined : this.regions[k - 1];
  }

  /** The position of the code unit at a verbatim offset (`body` outside every region). */
  positionAt(offset: number): PagePosition {
    return this.regionAt(offset)?.position ?? "body";
  }

  /** The distinct positions of a verbatim span's non-space characters, in text order. */
  positionsOf(span: readonly [number, number]): PagePosition[] {
    const [start, end] = span;
    const found: PagePosition[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.text.length); i++) {
      if (/\s/u.test(this.text[i] ?? " ")) continue;
      const position = this.positionAt(i);
      if (!found.includes(position)) found.push(position);
    }
    return found;
  }

  /** The position of a verbatim span: that of its first non-space character. */
  positionOf(span: readonly [number, number]): PagePosition {
    return this.positionsOf(span)[0] ?? this.positionAt(span[0]);
  }
}
