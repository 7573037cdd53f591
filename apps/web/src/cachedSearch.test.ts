import { createRelations, type DatasetRecord } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { cachedSearch } from "./cachedSearch.js";

const records: DatasetRecord[] = [
  {
    type: "country",
    id: "KR",
    alpha3: "KOR",
    names: { en: "South Korea", de: "Südkorea", ko: "대한민국" },
    aliases: ["ROK"],
  },
];

describe("cachedSearch", () => {
  it("gives the core search results, and the same list again for the same query", () => {
    const r = createRelations(records);
    let calls = 0;
    const counting = {
      ...r,
      search: (...args: Parameters<typeof r.search>) => {
        calls++;
        return r.search(...args);
      },
    };
    const first = cachedSearch(counting, "Südkorea", "de", 10);
    expect(first).toEqual(r.search("Südkorea", { lang: "de", limit: 10 }).hits);
    expect(first[0]?.id).toBe("KR");
    expect(cachedSearch(counting, "Südkorea", "de", 10)).toBe(first);
    expect(calls).toBe(1);
    cachedSearch(counting, "Südkorea", "en", 10);
    expect(calls).toBe(2);
  });

  it("forgets the oldest queries beyond 64", () => {
    const r = createRelations(records);
    let calls = 0;
    const counting = {
      ...r,
      search: (...args: Parameters<typeof r.search>) => {
        calls++;
        return r.search(...args);
      },
    };
    for (let i = 0; i < 65; i++) cachedSearch(counting, `q${i}`, "en", 5);
    expect(calls).toBe(65);
    cachedSearch(counting, "q64", "en", 5);
    expect(calls).toBe(65);
    cachedSearch(counting, "q0", "en", 5);
    expect(calls).toBe(66);
  });
});
