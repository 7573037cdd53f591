import type { SourcedEvidence } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { fieldEvidence } from "./fieldEvidence.js";

const item = (quote: string, supports?: string[]) =>
  ({ source: "s", quote, ...(supports ? { supports } : {}) }) as unknown as SourcedEvidence;

describe("fieldEvidence", () => {
  it("keeps the excerpts tagged with the field", () => {
    const all = [item("a", ["date"]), item("b", ["place"]), item("c")];
    expect(fieldEvidence(all, "date").map((e) => e.quote)).toEqual(["a"]);
  });

  it("keeps everything without a field, or when none is tagged with it", () => {
    const all = [item("a", ["date"]), item("c")];
    expect(fieldEvidence(all, undefined)).toHaveLength(2);
    expect(fieldEvidence(all, "status")).toHaveLength(2);
  });
});
