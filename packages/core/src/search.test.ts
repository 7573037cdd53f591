import { beforeEach, describe, expect, it } from "vitest";
import { fixture } from "../test/fixture.js";
import { createRelations } from "./createRelations.js";

const build = () => createRelations(fixture);
// Built anew before each test: the indexes are then built while a test runs,
// so that mutation testing sees which tests cover them.
let r: ReturnType<typeof build>;
beforeEach(() => {
  r = build();
});

describe("search", () => {
  it("ranks an exact name or alias match first with score 1", () => {
    expect(r.search("Südkorea")[0]).toMatchObject({ type: "country", id: "KR", score: 1 });
    expect(r.search("Suedkorea")[0]?.id).toBe("KR");
    expect(r.search("Tokio")[0]).toMatchObject({ id: "tokyo", score: 1 });
    expect(r.search("Kyung-wha Kang")[0]?.id).toBe("kang-kyung-wha");
    expect(r.search("石破茂")[0]?.id).toBe("ishiba-shigeru");
  });

  it("finds fuzzy matches across kinds with scores between 0 and 1, best first", () => {
    const hits = r.search("Kang Kyungwa");
    expect(hits[0]?.id).toBe("kang-kyung-wha");
    for (const hit of hits) {
      expect(hit.score).toBeGreaterThanOrEqual(0);
      expect(hit.score).toBeLessThanOrEqual(1);
    }
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("searches summaries, quotes and topics", () => {
    expect(r.search("Nachbarn").map((hit) => hit.id)).toContain("ishiba-neighbours");
    expect(r.search("press conference").map((hit) => hit.id)).toContain("2020-press");
    expect(r.search("FA050").map((hit) => hit.id)).toContain("2022-arms-deal");
  });

  it("gives one line of context in the requested language", () => {
    const [event] = r.search("Strategic dialogue", { types: ["event"] });
    expect(event?.detail).toBe("2020-08-10 · Maas and Kang meet.");
    const [de] = r.search("Strategischer Dialog", { types: ["event"], lang: "de" });
    expect(de).toMatchObject({
      label: "Strategischer Dialog",
      detail: "2020-08-10 · Maas und Kang treffen sich.",
    });
    const [person] = r.search("Heiko Maas");
    expect(person?.detail).toBe("Foreign Minister (2020-08-10)");
    const [country] = r.search("Tokio", { lang: "de" });
    expect(country?.label).toBe("Tokio");
  });

  it("filters by type and honours the limit", () => {
    expect(r.search("Korea", { types: ["person"] }).every((hit) => hit.type === "person")).toBe(
      true,
    );
    expect(r.search("a", { limit: 2 }).length).toBeLessThanOrEqual(2);
    expect(r.search("Korea", { limit: 0 })).toEqual([]);
  });

  it("stops at the limit among fuzzy matches too", () => {
    expect(r.search("Kang Kyungwa").length).toBeGreaterThan(1);
    expect(r.search("Kang Kyungwa", { limit: 1 })).toHaveLength(1);
  });

  it("finds what a query longer than 32 characters begins with", () => {
    const query = "Stockholm Initiative and its sixteen members";
    expect(query.length).toBeGreaterThan(32);
    expect(r.search(query)[0]?.id).toBe("stockholm-initiative");
  });

  it("finds quotes by their speaker and offices by their title and holder", () => {
    expect(r.search("Heiko Maas", { types: ["quote"] }).map((hit) => hit.id)).toContain(
      "maas-pandemic",
    );
    expect(r.search("Foreign Minister", { types: ["office"] }).map((hit) => hit.id)).toContain(
      "maas-fm-2020",
    );
    expect(r.search("Alpha report", { types: ["source"] })[0]?.id).toBe("src-a");
  });

  it("is deterministic", () => {
    expect(r.search("Korea")).toEqual(r.search("Korea"));
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
      expect(Array.isArray(r.search(query)), JSON.stringify(query.slice(0, 10))).toBe(true);
    }
    expect(r.search("")).toEqual([]);
  });

  it("rejects wrong argument types", () => {
    expect(() => r.search(5 as never)).toThrow(TypeError);
    expect(() => r.search("x", { types: ["planet" as never] })).toThrow(RangeError);
    expect(() => r.search("x", { lang: "fr" as never })).toThrow(RangeError);
  });
});
