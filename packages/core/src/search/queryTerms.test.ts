import { describe, expect, it } from "vitest";
import { queryTerms } from "./queryTerms.js";

const terms = (query: string) =>
  queryTerms(query).terms.map((term) =>
    term.kind === "word"
      ? term.token
      : term.kind === "date"
        ? `date ${term.start}-${term.end}`
        : `${term.kind} ${term.value}`,
  );

describe("queryTerms", () => {
  it("reads words, folded", () => {
    expect(terms("  Kang  Kyung-wha ")).toEqual(["kang", "kyung", "wha"]);
    expect(terms("Rüstungsvertrag Südkorea")).toEqual(["ruestungsvertrag", "suedkorea"]);
  });

  it("reads amounts in the forms people type", () => {
    expect(terms("15bn")).toEqual(["amount 15000000000"]);
    expect(terms("€15 billion")).toEqual(["amount 15000000000"]);
    expect(terms("15 Mrd")).toEqual(["amount 15000000000"]);
    expect(terms("15 Milliarden Euro")).toEqual(["amount 15000000000"]);
    expect(terms("$16.2 billion")).toEqual(["amount 16200000000"]);
    expect(terms("16,2 Mrd.")).toEqual(["amount 16200000000"]);
    expect(terms("1,000 K2")).toEqual(["number 1000", "k2"]);
    expect(terms("648")).toEqual(["number 648"]);
    expect(terms("euro")).toEqual(["euro"]);
  });

  it("reads dates, alone or among words, and bare years as numbers", () => {
    expect(terms("Kuala Lumpur 1 Nov 2025")).toEqual(["date 20251101-20251101", "kuala", "lumpur"]);
    expect(terms("1. November 2025")).toEqual(["date 20251101-20251101"]);
    expect(terms("Japan South Korea summit 2025")).toEqual([
      "japan",
      "south",
      "korea",
      "summit",
      "number 2025",
    ]);
    const [year] = queryTerms("2025").terms;
    expect(year).toMatchObject({ kind: "number", year: true });
  });

  it("cuts long queries and drops control characters", () => {
    expect(terms("a\u0000b")).toEqual(["a", "b"]);
    expect(queryTerms("x".repeat(500)).tokens[0]).toHaveLength(100);
    expect(terms("   ")).toEqual([]);
  });
});
