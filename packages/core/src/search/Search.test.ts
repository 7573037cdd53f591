import { fixture } from "@korea-relations/model/fixtures";
import { beforeEach, describe, expect, it } from "vitest";
import { synthetic } from "../../bench/synthetic.js";
import { createRelations } from "../createRelations.js";

const build = () => createRelations(fixture);
// Built anew before each test: the indexes are then built while a test runs,
// so that mutation testing sees which tests cover them.
let r: ReturnType<typeof build>;
beforeEach(() => {
  r = build();
});

describe("search", () => {
  it("ranks an exact name or alias match first with score 1", () => {
    expect(r.search("Südkorea").hits[0]).toMatchObject({ type: "country", id: "KR", score: 1 });
    expect(r.search("Suedkorea").hits[0]?.id).toBe("KR");
    expect(r.search("Tokio").hits[0]).toMatchObject({ id: "tokyo", score: 1 });
    expect(r.search("Kyung-wha Kang").hits[0]?.id).toBe("kang-kyung-wha");
    expect(r.search("石破茂").hits[0]?.id).toBe("ishiba-shigeru");
  });

  it("finds fuzzy matches across kinds with scores between 0 and 1, best first", () => {
    const hits = r.search("Kang Kyungwa").hits;
    expect(hits[0]?.id).toBe("kang-kyung-wha");
    for (const hit of hits) {
      expect(hit.score).toBeGreaterThanOrEqual(0);
      expect(hit.score).toBeLessThanOrEqual(1);
    }
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("searches summaries, quotes and topics", () => {
    expect(r.search("Nachbarn").hits.map((hit) => hit.id)).toContain("ishiba-neighbours");
    expect(r.search("press conference").hits.map((hit) => hit.id)).toContain("2020-press");
    expect(r.search("FA050").hits.map((hit) => hit.id)).toContain("2022-arms-deal");
  });

  it("labels hits in the requested language", () => {
    const [event] = r.search("Strategic dialogue", { types: ["event"] }).hits;
    expect(event).toMatchObject({ id: "2020-dialogue", label: "Strategic dialogue" });
    const [de] = r.search("Strategischer Dialog", { types: ["event"], lang: "de" }).hits;
    expect(de).toMatchObject({ id: "2020-dialogue", label: "Strategischer Dialog" });
    const [country] = r.search("Tokio", { lang: "de" }).hits;
    expect(country?.label).toBe("Tokio");
  });

  it("counts every match and pages with offset", () => {
    const all = r.search("Korea", { limit: 100 });
    expect(all.total).toBe(all.hits.length);
    expect(all.total).toBeGreaterThan(3);
    const page = r.search("Korea", { limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: all.total, offset: 2 });
    expect(page.hits.map((hit) => hit.id)).toEqual(all.hits.slice(2, 4).map((hit) => hit.id));
  });

  it("filters by type and honours the limit", () => {
    expect(
      r.search("Korea", { types: ["person"] }).hits.every((hit) => hit.type === "person"),
    ).toBe(true);
    expect(r.search("a", { limit: 2 }).hits.length).toBeLessThanOrEqual(2);
    expect(r.search("Korea", { limit: 0 }).hits).toEqual([]);
  });

  it("stops at the limit among fuzzy matches too", () => {
    expect(r.search("Kang Kyungwa").hits.length).toBeGreaterThan(1);
    expect(r.search("Kang Kyungwa", { limit: 1 }).hits).toHaveLength(1);
  });

  it("finds a hyphenated name typed as one word, and misspelt", () => {
    expect(r.search("Kyungwha").hits[0]?.id).toBe("kang-kyung-wha");
    expect(r.search("Kang Kyungwha").hits[0]).toMatchObject({
      id: "kang-kyung-wha",
      tier: "exact",
    });
    expect(r.search("Kang Kyungwa").hits[0]).toMatchObject({ id: "kang-kyung-wha", tier: "fuzzy" });
  });

  it("marks what matched: the field, its text and the ranges in it", () => {
    const [hit] = r.search("Kyung-wha").hits;
    expect(hit).toMatchObject({ field: "name", text: "Kang Kyung-wha" });
    expect(hit?.ranges.map(([start, end]) => hit.text.slice(start, end))).toEqual(["Kyung", "wha"]);
  });

  it("finds quotes by their speaker and offices by their title and holder", () => {
    expect(r.search("Heiko Maas", { types: ["quote"] }).hits.map((hit) => hit.id)).toContain(
      "maas-pandemic",
    );
    expect(r.search("Foreign Minister", { types: ["office"] }).hits.map((hit) => hit.id)).toContain(
      "maas-fm-2020",
    );
    expect(r.search("Alpha report", { types: ["source"] }).hits[0]?.id).toBe("src-a");
  });

  it("is deterministic", () => {
    expect(r.search("Korea").hits).toEqual(r.search("Korea").hits);
  });

  it("takes any string without throwing", () => {
    for (const query of [
      "",
      "   ",
      "x".repeat(10_000),
      "🇰🇷💥",
      "\u0000\u0007\u001b[31m",
      "%$#@!",
      "\uD800",
    ]) {
      expect(Array.isArray(r.search(query).hits), JSON.stringify(query.slice(0, 10))).toBe(true);
    }
    expect(r.search("").hits).toEqual([]);
  });

  it("rejects wrong argument types", () => {
    expect(() => r.search(5 as never)).toThrow(TypeError);
    expect(() => r.search("x", { types: ["planet" as never] })).toThrow(RangeError);
    expect(() => r.search("x", { lang: "fr" as never })).toThrow(RangeError);
  });
});

describe("prepareSearch", () => {
  it("builds the index a step at a time, and queries find what they find without it", () => {
    let steps = 0;
    while (steps < 1000 && !r.prepareSearch(0)) steps++;
    // One step a call (sorting the entries, then each kind's words), and always one.
    expect(steps).toBeGreaterThan(3);
    expect(steps).toBeLessThan(1000);
    expect(r.prepareSearch(0)).toBe(true);
    const fresh = build();
    for (const query of [
      "Kang",
      "Südkorea",
      "strategic dialogue",
      "2020",
      "15bn",
      "Kang Kyungwa",
    ]) {
      expect(r.search(query, { limit: 50 })).toEqual(fresh.search(query, { limit: 50 }));
    }
  });

  it("ranks one- and two-character queries ahead, and answers them as a fresh index does, every page", () => {
    expect(r.prepareSearch()).toBe(true);
    for (const query of ["k", "s", "ü", "2", "K ", "x", "ka", "St", "20", "ko", "zq"]) {
      for (const options of [
        { limit: 50 },
        { limit: 5, offset: 3 },
        { types: ["person", "event"] as const, limit: 10 },
        { lang: "de" as const },
      ]) {
        expect(r.search(query, options)).toEqual(build().search(query, options));
      }
    }
  });

  it("pages past the kept ranking of a short query as a fresh index does", () => {
    const records = synthetic(3000);
    const prepared = createRelations(records);
    expect(prepared.prepareSearch()).toBe(true);
    const fresh = () => createRelations(records);
    for (const query of ["t", "s", "k", "co"]) {
      const first = prepared.search(query, { limit: 5 });
      expect(first.total).toBeGreaterThan(400);
      for (const offset of [0, 190, 195, 400]) {
        expect(prepared.search(query, { offset, limit: 20 })).toEqual(
          fresh().search(query, { offset, limit: 20 }),
        );
      }
    }
  }, 60_000);

  it("answers every keystroke of typing as a fresh index does, every page and option", () => {
    const records = synthetic(300, 5);
    const typed = createRelations(records);
    expect(typed.prepareSearch()).toBe(true);
    const people = records.filter((record) => record.type === "person");
    const name = (people[3] as { name: string }).name;
    // A misspelt surname matches only fuzzily.
    const surname = name.split(" ")[1] as string;
    const queries = [
      name,
      `${surname.slice(0, 2)}x${surname.slice(3)}`,
      `${surname} meets`,
      "Event",
      "Topic 2",
      "person-12",
      "Country KR 2003",
      "Synthetische Person",
    ];
    const options = [
      {},
      { offset: 20, limit: 20 },
      { types: ["event", "quote"] as const, limit: 5 },
      { lang: "de" as const, limit: 50 },
    ];
    for (const query of queries) {
      for (let end = 1; end <= query.length; end++) {
        const prefix = query.slice(0, end);
        const fresh = createRelations(records);
        for (const option of options) {
          expect(typed.search(prefix, option), `${prefix} ${JSON.stringify(option)}`).toEqual(
            fresh.search(prefix, option),
          );
        }
      }
    }
  }, 60_000);

  it("builds everything at once without a budget", () => {
    expect(r.prepareSearch()).toBe(true);
    expect(r.prepareSearch(0)).toBe(true);
  });

  it("names a budget that is not a number of milliseconds", () => {
    expect(() => r.prepareSearch("5" as unknown as number)).toThrow(
      new TypeError("prepareSearch(budget) must be a number of milliseconds, got a string"),
    );
    expect(() => r.prepareSearch(-1)).toThrow(
      new RangeError("prepareSearch(budget) must be 0 or more, got -1"),
    );
  });
});
