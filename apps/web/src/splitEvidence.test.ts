import type { SourcedEvidence } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { splitEvidence } from "./splitEvidence.js";

const e = (quote: string, supports?: string[]) =>
  ({ source: "s", quote, ...(supports ? { supports } : {}) }) as unknown as SourcedEvidence;

describe("splitEvidence", () => {
  it("separates whole-record evidence from field evidence", () => {
    const split = splitEvidence([e("a"), e("b", ["date", "place"]), e("c", []), e("d", ["place"])]);
    expect(split.general.map((x) => x.quote)).toEqual(["a", "c"]);
    expect(split.of("place").map((x) => x.quote)).toEqual(["b", "d"]);
    expect(split.of("date").map((x) => x.quote)).toEqual(["b"]);
    expect(split.of("topics")).toEqual([]);
  });
});
