import type { DatasetRecord } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { builtin } from "../builtin.js";
import { SearchEngine } from "./SearchEngine.js";
import { linkCounts, searchEntries, searchSource } from "./searchEntries.js";

const records = builtin().dataset.records;
const byId = (id: string) => searchEntries(records).find((e) => e.id === id);

describe("searchEntries", () => {
  it("gives an event its titles, summaries, date and refs by field", () => {
    expect(byId("2025-11-01-admm-plus-kuala-lumpur")).toMatchObject({
      type: "event",
      titles: ["ADMM-Plus in Kuala Lumpur", "ADMM-Plus in Kuala Lumpur"],
      date: { value: "2025-11-01" },
      refs: expect.objectContaining({
        place: ["kuala-lumpur"],
        participants: expect.arrayContaining(["ahn-gyu-back"]),
        organizations: ["admm-plus", "asean"],
      }),
    });
  });

  it("gives an agreement its amounts and item names, a person their names", () => {
    const deal = byId("2022-kr-pl-arms-deal");
    expect(deal?.amounts).toEqual([15e9, 16.2e9, 1000, 648, 48]);
    expect(deal?.texts).toContain("FA050");
    expect(byId("kang-kyung-wha")?.names).toEqual(
      expect.arrayContaining(["Kang Kyung-wha", "강경화"]),
    );
  });

  it("counts links both ways: none for a country nothing refers to", () => {
    const count = linkCounts(records);
    const index = (id: string) => records.findIndex((r) => r.id === id);
    expect(count(index("AO"))).toBe(0);
    expect(count(index("KR"))).toBeGreaterThan(40);
    const talks = records[index("2025-11-01-kr-au-defense-ministers-talks")] as DatasetRecord & {
      type: "event";
    };
    expect(count(index(talks.id))).toBeGreaterThanOrEqual(
      talks.participants.length + talks.countries.length,
    );
  });

  it("builds entries one at a time as a source, with the same results", () => {
    let asked = 0;
    const source = searchSource(records, linkCounts(records));
    const counting = {
      ...source,
      entry: (i: number) => {
        asked++;
        return source.entry(i);
      },
    };
    const lazy = new SearchEngine(counting);
    expect(asked).toBe(0);
    const eager = new SearchEngine(searchEntries(records));
    for (const query of ["Kang", "1 Nov 2025", "15bn", "Ishbia", "강경화"]) {
      expect(lazy.search(query)).toEqual(eager.search(query));
    }
    expect(asked).toBe(records.length);
  });
});
