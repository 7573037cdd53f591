/**
 * A monotone map between a verbatim text and a text derived from it (the
 * reading text), in both directions. The build makes one per source and
 * ships its `encode()`d form; `@korea-relations/core/sources` decodes it.
 *
 * The map is a list of pieces that tile both texts in order. Each piece covers
 * `dr` reading and `dv` verbatim code units and is one of
 * - a copy (`dr === dv`): the reading characters are the verbatim ones;
 * - a deletion (`dr === 0`, `dv > 0`): verbatim text with no reading form;
 * - a replacement (`dr === 1`, `dv > 1`): one reading character (a space or a
 *   line break) standing for a verbatim stretch (spaces, line breaks and
 *   removed markup between two words).
 * Every reading character thus has a non-empty verbatim origin, which makes
 * reading → verbatim → reading exact for every span. Verbatim → reading keeps
 * every character a span covers and leaves out a replacing space or line
 * break the span covers only in part, so verbatim → reading → verbatim is
 * exact for spans that start and end on copied characters, and otherwise
 * gives the smallest range enclosing the span's surviving characters (markup
 * and spaces at its ends trimmed).
 */

import type { Span } from "./types";

export class SpanMap {
  /** Reading offset at which each piece starts; one more entry than pieces. */
  private readonly r: Int32Array;
  /** Verbatim offset at which each piece starts; strictly increasing. */
  private readonly v: Int32Array;

  private constructor(r: Int32Array, v: Int32Array) {
    this.r = r;
    this.v = v;
  }

  /** Builds a map from its pieces as `[dr, dv]` pairs (see the class comment). */
  static fromPieces(pieces: readonly (readonly [number, number])[]): SpanMap {
    const merged: [number, number][] = [];
    for (const [dr, dv] of pieces) {
      if (!Number.isInteger(dr) || !Number.isInteger(dv) || dr < 0 || dv < 1) {
        throw new RangeError(`span map piece [${dr}, ${dv}] must have dr >= 0 and dv >= 1`);
      }
      if (dr !== dv && dr > 1) {
        throw new RangeError(`span map piece [${dr}, ${dv}] is neither a copy nor one character`);
      }
      const last = merged[merged.length - 1];
      if (last && last[0] === last[1] && dr === dv) {
        last[0] += dr;
        last[1] += dv;
      } else {
        merged.push([dr, dv]);
      }
    }
    const r = new Int32Array(merged.length + 1);
    const v = new Int32Array(merged.length + 1);
    merged.forEach(([dr, dv], k) => {
      r[k + 1] = (r[k] ?? 0) + dr;
      v[k + 1] = (v[k] ?? 0) + dv;
    });
    return new SpanMap(r, v);
  }

  /** Restores a map from `encode()`'s output. */
  static decode(encoded: readonly number[]): SpanMap {
    if (encoded.length % 2 !== 0) throw new RangeError("an encoded span map has an even length");
    const pieces: [number, number][] = [];
    for (let i = 0; i < encoded.length; i += 2) {
      pieces.push([encoded[i] ?? 0, encoded[i + 1] ?? 0]);
    }
    return SpanMap.fromPieces(pieces);
  }

  /** The pieces as a flat `[dr, dv, dr, dv, …]` list (small, and compresses well). */
  encode(): number[] {
    const out: number[] = [];
    for (let k = 0; k + 1 < this.r.length; k++) {
      out.push(
        this.at(this.r, k + 1) - this.at(this.r, k),
        this.at(this.v, k + 1) - this.at(this.v, k),
      );
    }
    return out;
  }

  /** Length of the reading text. */
  get readingLength(): number {
    return this.at(this.r, this.r.length - 1);
  }

  /** Length of the verbatim text. */
  get verbatimLength(): number {
    return this.at(this.v, this.v.length - 1);
  }

  private at(array: Int32Array, k: number): number {
    return array[k] ?? 0;
  }

  /** The last piece `k` with `array[k] <= offset` among pieces that cover some of `array`. */
  private piece(array: Int32Array, offset: number): number {
    let lo = 0;
    let hi = array.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.at(array, mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private checkOffset(offset: number, length: number, what: string): void {
    if (!Number.isInteger(offset) || offset < 0 || offset > length) {
      throw new RangeError(`${what} offset ${offset} is outside 0–${length}`);
    }
  }

  /**
   * The reading offset of a verbatim offset, as a span's `start` (default) or
   * `end`. The two differ only strictly inside a replaced stretch: a start
   * there falls after the replacing character, an end before it, so that a
   * span covering the stretch in part leaves the space out.
   */
  readingOffset(offset: number, edge: "start" | "end" = "start"): number {
    this.checkOffset(offset, this.verbatimLength, "verbatim");
    if (this.r.length === 1 || offset === this.verbatimLength) return this.readingLength;
    const k = this.piece(this.v, offset);
    const r0 = this.at(this.r, k);
    const dr = this.at(this.r, k + 1) - r0;
    const dv = this.at(this.v, k + 1) - this.at(this.v, k);
    const into = offset - this.at(this.v, k);
    if (dr === dv) return r0 + into;
    if (dr === 0 || into === 0) return r0;
    return edge === "start" ? r0 + 1 : r0;
  }

  /**
   * The verbatim offset of a reading offset: as a `start` (default), where the
   * reading character at `offset` starts; as an `end`, where the one before it
   * ends.
   */
  verbatimOffset(offset: number, edge: "start" | "end" = "start"): number {
    this.checkOffset(offset, this.readingLength, "reading");
    if (edge === "start") {
      if (offset === this.readingLength) return this.verbatimLength;
      const k = this.readingPiece(offset);
      const into = offset - this.at(this.r, k);
      return this.at(this.v, k) + into;
    }
    if (offset === 0) return 0;
    const k = this.readingPiece(offset - 1);
    const dr = this.at(this.r, k + 1) - this.at(this.r, k);
    const dv = this.at(this.v, k + 1) - this.at(this.v, k);
    if (dr !== dv) return this.at(this.v, k + 1);
    return this.at(this.v, k) + (offset - this.at(this.r, k));
  }

  /**
   * The piece holding reading character `offset`. Deletions share their
   * reading offset with the piece after them, and the search takes the last.
   */
  private readingPiece(offset: number): number {
    return this.piece(this.r, offset);
  }

  /**
   * The reading span of a verbatim span: every copied character it covers and
   * every replacing character whose stretch it covers whole (with the ones
   * between). A span with no such character gives an empty span at its place.
   */
  toReading(span: Span): [number, number] {
    const [start, end] = span;
    if (end < start) throw new RangeError(`span [${start}, ${end}) ends before it starts`);
    const readingStart = this.readingOffset(start, "start");
    return [readingStart, Math.max(readingStart, this.readingOffset(end, "end"))];
  }

  /**
   * The verbatim span of a reading span: from the origin of its first
   * character to the end of the origin of its last. An empty span gives the
   * verbatim text removed at that place (often empty).
   */
  toVerbatim(span: Span): [number, number] {
    const [start, end] = span;
    if (end < start) throw new RangeError(`span [${start}, ${end}) ends before it starts`);
    if (start === end)
      return [this.verbatimOffset(start, "end"), this.verbatimOffset(start, "start")];
    return [this.verbatimOffset(start, "start"), this.verbatimOffset(end, "end")];
  }
}
