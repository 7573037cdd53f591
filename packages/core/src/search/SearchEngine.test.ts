import { describe, expect, it, vi } from "vitest";
import { ChunkedIndex } from "./ChunkedIndex.js";
import { SearchEngine } from "./SearchEngine.js";
import type { SearchEntry } from "./SearchEntry.js";

const person = (id: string, name: string, links = 1): SearchEntry => ({
  type: "person",
  id,
  names: [name],
  links,
});
const event = (id: string, title: string, extra: Partial<SearchEntry> = {}): SearchEntry => ({
  type: "event",
  id,
  titles: [title],
  links: 1,
  ...extra,
});

const entries: SearchEntry[] = [
  person("kim", "Kim Min-jun"),
  person("kim-2", "Kim Min-jun"),
  person("park", "Park Seo-yeon"),
  { type: "country", id: "AO", names: ["Angola"], links: 0 },
  event("talks", "Kim meets Park in Seoul", {
    refs: { participants: ["kim", "park"] },
    date: { value: "2020-05-01" },
    texts: ["A deal worth €2 billion for 300 tanks."],
  }),
  event("summit", "Seoul summit", { date: { value: "2020-05" }, amounts: [300] }),
  event("forum", "Forum in Angola", { links: 3 }),
  event("history", "Colonial rule", { date: { value: "1910", end: "1945" } }),
];
const engine = new SearchEngine(entries);
const ids = (query: string, options = {}) => engine.search(query, options).hits.map((h) => h.id);

describe("SearchEngine", () => {
  it("ranks exact names first, ties in input order, then words, then fuzzy", () => {
    const result = engine.search("Kim Min-jun");
    expect(result.hits.map((h) => [h.id, h.tier])).toEqual([
      ["kim", "exact"],
      ["kim-2", "exact"],
      ["talks", "words"],
    ]);
    expect(engine.search("Min-jun Kim").hits[0]).toMatchObject({ id: "kim", score: 1 });
    expect(ids("Kim")).toEqual(["kim", "kim-2", "talks"]);
    expect(engine.search("Parc").hits.map((h) => [h.id, h.tier])).toEqual([
      ["park", "fuzzy"],
      ["talks", "fuzzy"],
    ]);
    // Words of three letters or fewer are not matched fuzzily.
    expect(ids("Kin")).toEqual([]);
  });

  it("matches every word in any order across fields, refs included", () => {
    expect(ids("Seoul Park")).toEqual(["talks", "park"].slice(0, 1));
    expect(engine.search("Seo-yeon Seoul").hits[0]).toMatchObject({
      id: "talks",
      tier: "words",
      field: "title",
    });
    expect(ids("Park Angola")).toEqual([]);
  });

  it("ranks a record with no links below linked ones on words and fuzzy matches", () => {
    expect(ids("Angola")).toEqual(["AO", "forum"]);
    expect(ids("Angol")).toEqual(["forum", "AO"]);
    expect(engine.search("Angol").hits.map((h) => h.tier)).toEqual(["words", "words"]);
  });

  it("finds dates, within before overlapping, and spans", () => {
    expect(ids("1 May 2020")).toEqual(["talks", "summit"]);
    expect(ids("Mai 2020")).toEqual(["summit", "talks"].sort().reverse());
    expect(ids("1920")).toEqual(["history"]);
    expect(engine.search("1 May 2020").hits.map((h) => h.field)).toEqual(["date", "date"]);
  });

  it("finds amounts stated or written in the text", () => {
    expect(ids("€2bn")).toEqual(["talks"]);
    expect(ids("2 Mrd")).toEqual(["talks"]);
    // A stated amount counts more than a number in the text.
    expect(ids("300")).toEqual(["summit", "talks"]);
    expect(ids("3bn")).toEqual([]);
  });

  it("pages with offset and limit, and counts the total", () => {
    const all = engine.search("Seoul", { limit: 100 });
    expect(all.total).toBe(2);
    expect(engine.search("Seoul", { limit: 1 })).toMatchObject({
      total: 2,
      hits: [{ id: all.hits[0]?.id }],
    });
    expect(engine.search("Seoul", { offset: 1, limit: 5 }).hits.map((h) => h.id)).toEqual([
      all.hits[1]?.id,
    ]);
    expect(engine.search("Seoul", { offset: 5 }).hits).toEqual([]);
    expect(engine.search("Seoul", { limit: 0 })).toEqual({ total: 2, hits: [] });
  });

  it("filters by type, and finds ids exactly", () => {
    expect(ids("Kim", { types: ["event"] })).toEqual(["talks"]);
    expect(ids("Kim", { types: ["topic"] })).toEqual([]);
    expect(engine.search("kim-2").hits[0]).toMatchObject({ id: "kim-2", tier: "exact" });
  });

  it("returns nothing for empty or symbol-only queries", () => {
    expect(engine.search("")).toEqual({ total: 0, hits: [] });
    expect(engine.search("  \u0000 ·· ")).toEqual({ total: 0, hits: [] });
  });

  it("reports the matched field, its text and the ranges to mark", () => {
    // "talks" is one edit from "tanks" in the text: a fuzzy match.
    const [fuzzy] = engine.search("talks park").hits;
    expect(fuzzy).toMatchObject({ id: "talks", tier: "fuzzy" });
    expect(fuzzy?.matches).toContainEqual({
      field: "text",
      text: "A deal worth €2 billion for 300 tanks.",
      ranges: [[32, 37]],
    });
    const [talks] = engine.search("meets par").hits;
    expect(talks).toMatchObject({ id: "talks", field: "title", text: "Kim meets Park in Seoul" });
    expect(talks?.ranges).toEqual([
      [4, 9],
      [10, 13],
    ]);
    expect(talks?.matches).toContainEqual({
      field: "participants",
      text: "Park Seo-yeon",
      ranges: [[0, 3]],
    });
  });

  it("indexes ahead in slices with prepare, with the same results", () => {
    const fresh = new SearchEngine(entries);
    expect(fresh.prepare(0)).toBe(false);
    expect(fresh.prepare()).toBe(true);
    expect(fresh.prepare(0)).toBe(true);
    for (const query of ["Kim", "Seoul Park", "1 May 2020", "300", "Parc"]) {
      expect(fresh.search(query)).toEqual(engine.search(query));
    }
  });

  it("finds words, dates and amounts in every chunk once a type's chunks are merged", () => {
    // 5000 events: three chunks of one type, merged into one part on the first query.
    const many: SearchEntry[] = Array.from({ length: 5000 }, (_, i) =>
      event(`e${i}`, i % 1000 === 7 ? `Rare harbour ${i}` : `Routine meeting ${i}`, {
        date: { value: `20${String(10 + (i % 10)).padStart(2, "0")}-03-0${1 + (i % 9)}` },
        ...(i % 1250 === 3 ? { amounts: [98765] } : {}),
        ...(i === 4321 ? { date: { value: "1950", end: "2020" } } : {}),
      }),
    );
    const big = new SearchEngine(many);
    const all = (query: string) => big.search(query, { limit: 10_000 }).hits.map((h) => h.id);
    expect(all("harbour")).toEqual(["e7", "e1007", "e2007", "e3007", "e4007"]);
    expect(all("98765").sort()).toEqual(["e1253", "e2503", "e3", "e3753"]);
    const expected = many
      .filter((e) => e.date?.value === "2013-03-04" || e.id === "e4321")
      .map((e) => e.id)
      .sort();
    // A date inside the long span finds it too.
    expect(
      all("2013-03-04")
        .filter((id) => expected.includes(id))
        .sort(),
    ).toEqual(expected.sort());
    expect(all("1970")).toContain("e4321");
  });

  it("ranks ahead the longer starts that reach the most postings, answering as a fresh index does", () => {
    // 5000 events (enough to rank starts ahead), each naming one of four
    // people: "park" reaches every event that names a Park through its refs.
    const people = ["Park Ji-hoon", "Parker Lee", "Kim Min-jun", "Pak Yong"].map((name, i) =>
      person(`p${i}`, name),
    );
    const many: SearchEntry[] = [
      ...people,
      ...Array.from({ length: 5000 }, (_, i) =>
        event(`e${i}`, `Meeting ${i % 7 === 0 ? "in Paris" : "at home"}`, {
          refs: { participants: [`p${i % 4}`] },
        }),
      ),
    ];
    const prepared = new SearchEngine(many, { heavy: 2000 });
    expect(prepared.prepare()).toBe(true);
    const plan = vi.spyOn(ChunkedIndex.prototype, "plan");
    try {
      for (const query of ["par", "park", "pari", "kim", "pak"]) {
        for (const options of [{}, { offset: 190, limit: 20 }, { types: ["event"] }]) {
          plan.mockClear();
          const found = prepared.search(query, options);
          // "par" and "park" (2,500 events through two people) are ranked ahead, over every
          // type, and answered without walking the index (a page past the ranking kept is
          // ranked anew); "pari" (715 events) and the rest are not.
          const ahead = (query === "par" || query === "park") && Object.keys(options).length === 0;
          expect([query, plan.mock.calls.length]).toEqual([query, ahead ? 0 : 1]);
          expect(found).toEqual(new SearchEngine(many).search(query, options));
        }
      }
    } finally {
      plan.mockRestore();
    }
  });

  it("checks a name word for word only where its words' length matches the query's", () => {
    const named = new SearchEngine([
      ...Array.from({ length: 40 }, (_, i) => event(`e${i}`, `Summit ${i}`)),
      event("s", "Summit"),
      person("x", "Sum Mit"),
      person("y", "Summit-talks"),
    ]);
    const exact = (query: string) =>
      named
        .search(query, { limit: 50 })
        .hits.filter((h) => h.tier === "exact")
        .map((h) => h.id);
    expect(exact("summit")).toEqual(["s"]);
    expect(exact("mit sum")).toEqual(["x"]);
    expect(exact("summit talks")).toEqual(["y"]);
    expect(exact("summit 7")).toEqual(["e7"]);
  });
});
