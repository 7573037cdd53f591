import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance } from "./editDistance.js";

/** Plain optimal-string-alignment distance, unbounded, for comparison. */
function reference(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

describe("editDistance", () => {
  it("counts typos, swaps included", () => {
    expect(editDistance("tokio", "tokyo", 2)).toBe(1);
    expect(editDistance("ishbia", "ishiba", 2)).toBe(1);
    expect(editDistance("merz", "meer", 2)).toBe(2);
    expect(editDistance("kang", "kang", 1)).toBe(0);
    expect(editDistance("moon", "yoon", 1)).toBe(1);
  });

  it("stops above the bound", () => {
    expect(editDistance("strategic", "stockholm", 2)).toBe(3);
    expect(editDistance("a", "abcd", 1)).toBe(2);
  });

  it("agrees with the plain distance up to the bound", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 9 }),
        fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 9 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, max) => {
          expect(editDistance(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
