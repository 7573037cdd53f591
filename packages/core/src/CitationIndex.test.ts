import type { DatasetRecord, Source } from "@korea-relations/model";
import { event, fixture, source } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { CitationIndex } from "./CitationIndex.js";
import { checkDataset } from "./checkDataset.js";
import { RecordStore } from "./RecordStore.js";

function citations(records: readonly DatasetRecord[] = fixture) {
  const store = new RecordStore(checkDataset(records));
  return { index: new CitationIndex(store), get: (id: string) => store.get(id) as DatasetRecord };
}

describe("CitationIndex.citations", () => {
  it("lists every evidence citing a source, and only those", () => {
    const { index } = citations();
    const cited = index.citations("src-b").map((c) => c.record);
    expect(cited).toEqual([
      "2025-declaration",
      "2025-scm",
      "2025-summit",
      "ishiba-neighbours",
      "ishiba-pm-2025",
      "ishiba-shigeru",
      "src-b",
      "tokyo",
    ]);
    expect(index.citations("src-a").map((c) => c.record)).not.toContain("2025-summit");
    expect(index.citations("nothing")).toEqual([]);
  });

  it("orders citations by position in the text, then by record id", () => {
    const { index } = citations([
      ...fixture.filter((record) => record.id !== "src-b"),
      source({ id: "src-b", file: "b.txt" }),
      event({
        id: "late",
        evidence: [{ source: "src-b", quote: "late", span: [50, 54] } as never],
      }),
      event({
        id: "early",
        evidence: [{ source: "src-b", quote: "early", span: [10, 15] } as never],
      }),
    ]);
    const cited = index.citations("src-b").map((c) => c.record);
    // Without spans, position 0: by id first; then the spans in order.
    expect(cited.slice(-2)).toEqual(["early", "late"]);
    const unspanned = cited.slice(0, -2);
    expect(unspanned).toEqual([...unspanned].sort());
  });

  it("counts a source's credits as its evidence", () => {
    const [first] = fixture;
    const { index } = citations([
      ...fixture.filter((record) => record !== first),
      {
        ...first,
        credits: [
          {
            person: "heiko-maas",
            role: "photographer",
            evidence: { source: "src-b", quote: "Photo: Maas" },
          },
        ],
      } as Source,
    ]);
    expect(index.citations("src-b").find((c) => c.record === "src-a")).toMatchObject({
      type: "source",
      evidence: { quote: "Photo: Maas" },
    });
  });

  it("hands out frozen citations in a fresh list", () => {
    const { index } = citations();
    const list = index.citations("src-a");
    expect(Object.isFrozen(list[0])).toBe(true);
    list.pop();
    expect(index.citations("src-a")).toHaveLength(list.length + 1);
  });
});

describe("CitationIndex.evidenceFor", () => {
  const supported = [
    ...fixture,
    event({
      id: "tagged",
      evidence: [
        { source: "src-a", quote: "whole" },
        { source: "src-a", quote: "when", supports: ["date"] },
        { source: "src-b", quote: "where", supports: ["place", "date"] },
        { source: "src-b", quote: "nothing in particular", supports: [] },
      ],
    }),
  ];

  it("gives a record's evidence with its source record", () => {
    const { index, get } = citations();
    const [first] = index.evidenceFor(get("2020-dialogue"), undefined);
    expect(first?.quote).toBe("met for the second time");
    expect(first?.sourceRecord.title?.value).toBe("Alpha report");
    expect(index.evidenceFor(get("KR"), undefined)).toEqual([]);
  });

  it("keeps, for a field, the excerpts naming it, else those backing the whole record", () => {
    const { index, get } = citations(supported);
    const quotes = (field?: string) =>
      index
        .evidenceFor(get("tagged"), field === undefined ? undefined : { field })
        .map((e) => e.quote);
    expect(quotes()).toEqual(["whole", "when", "where", "nothing in particular"]);
    expect(quotes("date")).toEqual(["when", "where"]);
    expect(quotes("place")).toEqual(["where"]);
    expect(quotes("summary")).toEqual(["whole", "nothing in particular"]);
  });

  it("includes a source's credits", () => {
    const [first] = fixture;
    const { index, get } = citations([
      ...fixture.filter((record) => record !== first),
      {
        ...first,
        credits: [
          {
            person: "heiko-maas",
            role: "photographer",
            evidence: { source: "src-a", quote: "Photo: Heiko Maas" },
          },
        ],
        evidence: [{ source: "src-a", quote: "Alpha report" }],
      } as Source,
    ]);
    expect(index.evidenceFor(get("src-a"), undefined).map((e) => e.quote)).toEqual([
      "Alpha report",
      "Photo: Heiko Maas",
    ]);
  });

  it("names the argument at fault", () => {
    const { index, get } = citations();
    const record = get("2020-dialogue");
    expect(() => index.evidenceFor(record, { field: 1 })).toThrow(
      /^evidenceFor\(query\)\.field must be a string/,
    );
    expect(() => index.evidenceFor(record, { fields: "date" })).toThrow(
      'Unknown key "fields" in evidenceFor(query): did you mean "field"?',
    );
    expect(() => index.evidenceFor(record, "date")).toThrow("evidenceFor(query) must be an object");
  });

  it("hands out frozen evidence", () => {
    const { index, get } = citations(supported);
    for (const evidence of index.evidenceFor(get("tagged"), undefined)) {
      expect(Object.isFrozen(evidence)).toBe(true);
      expect(Object.isFrozen(evidence.sourceRecord)).toBe(true);
      if (evidence.supports) expect(Object.isFrozen(evidence.supports)).toBe(true);
    }
  });
});
