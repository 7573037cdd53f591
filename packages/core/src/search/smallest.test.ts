import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { smallest } from "./smallest.js";

describe("smallest", () => {
  it("puts the k smallest first, in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }),
        fc.integer({ min: 0, max: 60 }),
        (values, k) => {
          const keys = Float64Array.from(values);
          const want = [...values].sort((a, b) => a - b).slice(0, k);
          smallest(keys, Math.min(k, keys.length));
          expect(Array.from(keys.subarray(0, Math.min(k, keys.length)))).toEqual(want);
          expect([...keys].sort((a, b) => a - b)).toEqual([...values].sort((a, b) => a - b));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
