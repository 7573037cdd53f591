import type { Citation } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { fixtureRelations } from "../../test/testData.js";
import { citedPassages, passageRecords } from "./citedPassages.js";

const cite = (record: string, start: number, end: number): Citation =>
  ({ record, type: "event", evidence: { source: "s", quote: "", span: [start, end] } }) as Citation;

describe("citedPassages", () => {
  it("merges overlapping excerpts and keeps text order", () => {
    const passages = citedPassages([
      cite("c", 30, 40),
      cite("a", 0, 10),
      cite("b", 5, 15),
      cite("d", 15, 20),
    ]);
    expect(passages.map((p) => [p.start, p.end])).toEqual([
      [0, 15],
      [15, 20],
      [30, 40],
    ]);
    expect(passageRecords(passages[0])).toEqual([
      { id: "a", type: "event" },
      { id: "b", type: "event" },
    ]);
  });

  it("finds the passages of a source", () => {
    const r = fixtureRelations();
    const passages = citedPassages(r.citations("src-b"));
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.flatMap((p) => passageRecords(p).map((x) => x.id))).toContain("2025-summit");
  });
});
