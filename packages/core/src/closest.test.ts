import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closest, editDistance } from "./closest.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent transpositions", () => {
    expect(editDistance("", "")).toBe(0);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("countries", "contries")).toBe(1);
    expect(editDistance("ca", "ac")).toBe(1);
    expect(editDistance("abcd", "badc")).toBe(2);
  });

  it("stops past `max`, returning max + 1", () => {
    expect(editDistance("aaaa", "bbbb", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
    expect(editDistance("abc", "abd", 2)).toBe(1);
  });

  it("is a symmetric distance, zero only for equal strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
      { seed: 3 },
    );
  });
});

describe("closest", () => {
  const keys = ["countries", "involves", "people", "organizations", "subjects", "topics", "kinds"];

  it("finds the nearest candidate, ignoring case", () => {
    expect(closest("country", keys)).toBe("countries");
    expect(closest("Topic", keys)).toBe("topics");
    expect(closest("kind", keys)).toBe("kinds");
    expect(closest("peopel", keys)).toBe("people");
  });

  it("prefers a prefix either way, then the smallest distance, the first of equals", () => {
    expect(closest("org", keys)).toBe("organizations");
    expect(closest("topicsAndMore", keys)).toBe("topics");
    expect(closest("ab", ["abx", "aby"])).toBe("abx");
  });

  it("suggests nothing too far away, and nothing from no candidates", () => {
    expect(closest("zzzzzz", keys)).toBeUndefined();
    expect(closest("country", [])).toBeUndefined();
    expect(closest("", ["a"])).toBe("a");
  });
});
