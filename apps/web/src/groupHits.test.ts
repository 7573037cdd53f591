import type { SearchHit } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { groupHits } from "./groupHits.js";

const hit = (type: SearchHit["type"], id: string, score: number): SearchHit => ({
  type,
  id,
  label: id,
  tier: "fuzzy",
  score,
  field: "name",
  text: id,
  ranges: [],
});

describe("groupHits", () => {
  it("groups by kind, best group first, keeping rank order", () => {
    const groups = groupHits([
      hit("country", "KR", 1),
      hit("event", "e1", 0.9),
      hit("country", "KP", 0.8),
      hit("person", "p1", 0.7),
      hit("event", "e2", 0.6),
    ]);
    expect(groups.map((g) => [g.type, g.hits.map((h) => h.id)])).toEqual([
      ["country", ["KR", "KP"]],
      ["event", ["e1", "e2"]],
      ["person", ["p1"]],
    ]);
  });

  it("gives nothing for nothing", () => {
    expect(groupHits([])).toEqual([]);
  });
});
