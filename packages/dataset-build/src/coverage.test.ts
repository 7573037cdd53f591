import type { DatasetRecord, PageRegion } from "@korea-relations/model";
import { event, quote, source as sourceRecord, topic } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { CITED_SHARE, clauses, formatCoverage, quotations, sourceCoverage } from "./coverage.js";
import { readingText } from "./readingText.js";
import { findQuote, indexText } from "./textIndex.js";

const TEXT = [
  "Top of page",
  "Summit in Berlin",
  "Heiko Maas met KANG Kyung-wha on 1. November in Berlin, but they agreed on nothing. They discussed the pandemic.",
  "“We agree”, said Maas. Both spoke of a “strategic dialogue”.",
  "Photo: someone",
  "Tags",
  "Berlin",
].join("\n");

const regions: PageRegion[] = [
  { position: "navigation", passage: "Top of page", reason: { en: "A link.", de: "Ein Link." } },
  { position: "headline", passage: "Summit in Berlin" },
  { position: "caption", passage: "Photo: someone" },
  { position: "navigation", passage: "Tags", reason: { en: "A label.", de: "Ein Etikett." } },
  { position: "tag", passage: "Tags Berlin" },
];

const source = sourceRecord({
  id: "s",
  file: "s.txt",
  regions,
  evidence: [{ source: "s", quote: "Summit in Berlin" }],
});
const reading = readingText(TEXT, { file: "s.yaml", regions });
const index = indexText(TEXT);
const evidence = (quote: string) => {
  const span = findQuote(index, quote);
  if (!span) throw new Error(`not in the text: ${quote}`);
  return { source: "s", quote, span };
};

/** An event citing each quote, and a topic citing `named`. */
function cite(quotes: readonly string[], named: readonly string[] = []): DatasetRecord[] {
  return [
    event({
      id: "e",
      title: { en: "Strategic dialogue", de: "Strategischer Dialog" },
      evidence: quotes.map(evidence),
    }),
    topic({ id: "t", label: { en: "Berlin", de: "Berlin" }, evidence: named.map(evidence) }),
  ];
}

const texts = (report: ReturnType<typeof sourceCoverage>) =>
  report.uncited.map((passage) => `${passage.position}: ${passage.text}`);

describe("coverage", () => {
  it("cuts content into clauses, blocks and links, leaving navigation out", () => {
    const report = sourceCoverage(source, TEXT, reading, []);
    expect(texts(report)).toEqual([
      "headline: Summit in Berlin",
      "body: Heiko Maas met KANG Kyung-wha on 1. November in Berlin,",
      "body: but they agreed on nothing.",
      "body: They discussed the pandemic.",
      "body: “We agree”,",
      "body: said Maas.",
      "body: Both spoke of a “strategic dialogue”.",
      "caption: Photo:",
      "caption: someone",
      "tag: Berlin",
    ]);
    expect(report.notContent.map((part) => `${part.text}: ${part.reason?.en}`)).toEqual([
      "Top of page: A link.",
      "Tags: A label.",
    ]);
  });

  it(`counts a passage as cited when fact records cover ${CITED_SHARE * 100}% of it`, () => {
    const records = cite([
      "Summit in Berlin",
      "Heiko Maas met KANG Kyung-wha on 1. November in Berlin,",
      "but they agreed",
      "“We agree”, said Maas. Both spoke of a “strategic dialogue”.",
      "Photo: someone",
      "Tags Berlin",
    ]);
    // "but they agreed" is 13 of 22 letters; "They discussed the pandemic." is not cited.
    expect(texts(sourceCoverage(source, TEXT, reading, [...records, source]))).toEqual([
      "body: but they agreed on nothing.",
      "body: They discussed the pandemic.",
    ]);
  });

  it("counts a topic's evidence for tags and links only: topics name, they state no fact", () => {
    const [cited] = cite(["Summit in Berlin", "Photo: someone"]);
    const [, named] = cite([], ["They discussed the pandemic.", "Tags Berlin"]);
    const report = sourceCoverage(source, TEXT, reading, [cited, named] as DatasetRecord[]);
    expect(texts(report)).toContain("body: They discussed the pandemic.");
    expect(texts(report)).not.toContain("tag: Berlin");
  });

  it("finds quotations and requires a quote record or a name for each", () => {
    expect(quotations(reading.text).map(([start, end]) => reading.text.slice(start, end))).toEqual([
      "“We agree”",
      "“strategic dialogue”",
    ]);
    expect(quotations("Beijing's 'came as a deep shock' and „Trostfrauen“")).toHaveLength(2);
    // The event's title names the strategic dialogue; no quote record says "We agree".
    const report = sourceCoverage(source, TEXT, reading, cite([]));
    expect(report.unquoted.map((passage) => passage.text)).toEqual(["“We agree”"]);
    const said = quote({
      id: "q",
      speaker: "heiko-maas",
      text: "We agree",
      evidence: [evidence("“We agree”, said Maas.")],
    });
    expect(sourceCoverage(source, TEXT, reading, [...cite([]), said]).unquoted).toEqual([]);
  });

  it("keeps ordinals inside a clause and cuts after attributions and clause words", () => {
    const text = "Am 1. November, sagte er, kam es: „Wir gehen“, sagte Lee, aber niemand ging.";
    expect(clauses(text, 0, text.length).map(([a, b]) => text.slice(a, b))).toEqual([
      "Am 1. November, sagte er, kam es:",
      "„Wir gehen“,",
      "sagte Lee,",
      "aber niemand ging.",
    ]);
  });

  it("prints what is uncited and what is not content, with reasons", () => {
    const printed = formatCoverage([sourceCoverage(source, TEXT, reading, [])]);
    expect(printed).toContain("FAIL s: 0 of 10 passages cited");
    expect(printed).toContain("uncited body (0% covered): They discussed the pandemic.");
    expect(printed).toContain("quotation with no quote record");
    expect(printed).toContain('navigation "Top of page": A link.');
  });
});
