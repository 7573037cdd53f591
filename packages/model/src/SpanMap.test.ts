import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpanMap } from "./SpanMap";

/** Random piece lists: copies, deletions and one-character replacements. */
const pieces = fc.array(
  fc.oneof(
    fc.integer({ min: 1, max: 8 }).map((n) => [n, n] as [number, number]),
    fc.integer({ min: 1, max: 6 }).map((n) => [0, n] as [number, number]),
    fc.integer({ min: 2, max: 6 }).map((n) => [1, n] as [number, number]),
  ),
  { maxLength: 30 },
);

/** A map and a span `[a, b)` inside `0..length`. */
const withSpan = (length: (map: SpanMap) => number) =>
  pieces.chain((list) => {
    const map = SpanMap.fromPieces(list);
    const n = length(map);
    return fc
      .tuple(fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: n }))
      .map(([a, b]) => ({ map, span: [Math.min(a, b), Math.max(a, b)] as [number, number] }));
  });

describe("SpanMap", () => {
  it("maps a copy, a deletion and a replacement both ways", () => {
    // verbatim "ab | |\ncd[1][ef" → reading "ab cdef": copy 2, replace " | |\n" (5) by " ",
    // copy "cd", delete "[1][", copy "ef".
    const map = SpanMap.fromPieces([
      [2, 2],
      [1, 5],
      [2, 2],
      [0, 4],
      [2, 2],
    ]);
    expect(map.readingLength).toBe(7);
    expect(map.verbatimLength).toBe(15);
    expect(map.toReading([0, 2])).toEqual([0, 2]);
    expect(map.toReading([0, 9])).toEqual([0, 5]);
    // An end inside the replaced stretch leaves the space out; a start inside it too.
    expect(map.toReading([0, 4])).toEqual([0, 2]);
    expect(map.toReading([4, 9])).toEqual([3, 5]);
    // The deleted link mark: a span starting in it starts at "ef".
    expect(map.toReading([11, 15])).toEqual([5, 7]);
    expect(map.toReading([9, 13])).toEqual([5, 5]);
    expect(map.toVerbatim([3, 7])).toEqual([7, 15]);
    expect(map.toVerbatim([2, 3])).toEqual([2, 7]);
    // An empty reading span gives back what was removed at its place.
    expect(map.toVerbatim([5, 5])).toEqual([9, 13]);
    expect(map.toVerbatim([0, 0])).toEqual([0, 0]);
  });

  it("merges adjacent copies and round-trips through its encoding", () => {
    const map = SpanMap.fromPieces([
      [2, 2],
      [3, 3],
      [0, 1],
      [1, 4],
    ]);
    expect(map.encode()).toEqual([5, 5, 0, 1, 1, 4]);
    expect(SpanMap.decode(map.encode()).encode()).toEqual(map.encode());
  });

  it("rejects pieces that would break the map's guarantees and offsets outside the text", () => {
    expect(() => SpanMap.fromPieces([[1, 0]])).toThrow(/dr >= 0 and dv >= 1/);
    expect(() => SpanMap.fromPieces([[2, 3]])).toThrow(/neither a copy nor one character/);
    expect(() => SpanMap.fromPieces([[2, 2]]).toReading([0, 3])).toThrow(/outside 0–2/);
    expect(() => SpanMap.fromPieces([[2, 2]]).toVerbatim([2, 1])).toThrow(/ends before it starts/);
  });

  it("reading → verbatim → reading is exact for every span", () => {
    fc.assert(
      fc.property(
        withSpan((map) => map.readingLength),
        ({ map, span }) => {
          expect(map.toReading(map.toVerbatim(span))).toEqual(span);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("verbatim → reading → verbatim stays inside the span and is stable", () => {
    fc.assert(
      fc.property(
        withSpan((map) => map.verbatimLength),
        ({ map, span }) => {
          const reading = map.toReading(span);
          const back = map.toVerbatim(reading);
          expect(map.toReading(back)).toEqual(reading);
          if (reading[1] > reading[0]) {
            expect(back[0]).toBeGreaterThanOrEqual(span[0]);
            expect(back[1]).toBeLessThanOrEqual(span[1]);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("is monotone in both directions", () => {
    fc.assert(
      fc.property(pieces, (list) => {
        const map = SpanMap.fromPieces(list);
        const broken: string[] = [];
        for (const edge of ["start", "end"] as const) {
          for (let v = 1; v <= map.verbatimLength; v++) {
            if (map.readingOffset(v, edge) < map.readingOffset(v - 1, edge))
              broken.push(`v${v}${edge}`);
          }
          for (let r = 1; r <= map.readingLength; r++) {
            if (map.verbatimOffset(r, edge) <= map.verbatimOffset(r - 1, edge))
              broken.push(`r${r}${edge}`);
          }
        }
        expect(broken).toEqual([]);
        expect(map.readingOffset(map.verbatimLength)).toBe(map.readingLength);
      }),
      { numRuns: 1000 },
    );
  });
});
