import { beforeEach, describe, expect, it } from "vitest";
import { type SearchEntry, SearchIndex } from "./SearchIndex.js";

const entry = (id: string, names: string[], text: string[] = []): SearchEntry => ({
  type: "person",
  id,
  names,
  text,
});
const all = () => true;

describe("SearchIndex", () => {
  let index: SearchIndex;
  beforeEach(() => {
    index = new SearchIndex([
      entry("a", ["Kim Min-jun"]),
      entry("b", ["Kim Min-jun"]),
      entry("c", ["Kim Min-jung"]),
      entry("d", ["Park Seo-yeon"], ["minister of unification"]),
      entry("e", ["Parkson"]),
      entry("f", ["Parkson"]),
    ]);
  });
  const ids = (hits: { entry: SearchEntry }[]) => hits.map((hit) => hit.entry.id);

  it("returns exact name matches first, with score 1, up to the limit", () => {
    expect(index.query("Kim Min-jun", 1, all)).toEqual([
      { entry: expect.objectContaining({ id: "a" }), score: 1 },
    ]);
    expect(ids(index.query("Min-jun Kim", 2, all))).toEqual(["a", "b"]);
    const three = index.query("kim minjun", 3, all);
    expect(ids(three)).toEqual(["a", "b", "c"]);
    expect(three[2]?.score).toBeGreaterThan(0);
    expect(three[2]?.score).toBeLessThan(1);
  });

  it("ranks fuzzy matches by score, ties in input order", () => {
    const hits = index.query("Parksen", 10, all);
    expect(ids(hits)).toEqual(["e", "f", "d"]);
    expect(hits[0]?.score).toBe(hits[1]?.score);
    expect(hits[1]?.score).toBeGreaterThan(hits[2]?.score ?? 1);
  });

  it("finds entries by their text, below name matches", () => {
    const hits = index.query("unification", 10, all);
    expect(ids(hits)).toEqual(["d"]);
    expect(hits[0]?.score).toBeLessThan(1);
  });

  it("applies the filter before ranking, to exact and fuzzy matches", () => {
    expect(ids(index.query("Kim Min-jun", 10, (e) => e.id !== "a"))).toEqual(["b", "c"]);
    expect(index.query("Parksen", 10, () => false)).toEqual([]);
  });

  it("ignores control characters and runs of spaces in the query", () => {
    expect(ids(index.query("Kim\u0000Min-jun", 1, all))).toEqual(["a"]);
    expect(ids(index.query("  Kim    Min-jun  ", 1, all))).toEqual(["a"]);
  });

  it("returns nothing for an empty query or a limit of 0", () => {
    expect(index.query("", 5, all)).toEqual([]);
    expect(index.query("\u0000 \u0007", 5, all)).toEqual([]);
    expect(index.query("Kim", 0, all)).toEqual([]);
  });

  it("shortlists the entries sharing most trigrams with the query, wherever they stand", () => {
    const crowd = Array.from({ length: 80 }, (_, i) => entry(`p${i}`, [`Parkson ${i}`]));
    const large = new SearchIndex([...crowd, entry("target", ["Park Jie-won"])]);
    expect(ids(large.query("Park Jiewan", 1, all))).toEqual(["target"]);
  });
});
