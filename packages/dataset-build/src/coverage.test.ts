import type { DatasetRecord, Source } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { formatCoverage, sourceCoverage } from "./coverage.js";
import { findQuote, indexText } from "./textIndex.js";

const TEXT = [
  "Top of page",
  "Heiko Maas met KANG Kyung-wha on 1. November in Berlin. They discussed the pandemic.",
  "Both said: “We agree.” The 57. meeting is planned... later on.",
  "Photo: someone",
].join("\n");

const source: Source = {
  type: "source",
  id: "s",
  language: "en",
  file: "s.txt",
  sha256: "0".repeat(64),
  kind: { value: "news-report", basis: "stated" },
  summary: { en: "x", de: "x" },
  boilerplate: ["Top of page", "Photo: someone"],
};

function cite(...quotes: string[]): DatasetRecord[] {
  const index = indexText(TEXT);
  return quotes.map((quote, i) => ({
    type: "topic",
    id: `t${i}`,
    label: { en: "x", de: "x" },
    aliases: [],
    evidence: [{ source: "s", quote, span: findQuote(index, quote) }],
  }));
}

describe("coverage", () => {
  it("splits content into sentences, keeping ordinals and ellipses inside, leaving boilerplate out", () => {
    const report = sourceCoverage(source, TEXT, []);
    expect(report.sentences.map((s) => s.text)).toEqual([
      "Heiko Maas met KANG Kyung-wha on 1. November in Berlin.",
      "They discussed the pandemic.",
      "Both said: “We agree.”",
      "The 57. meeting is planned... later on.",
    ]);
    expect(report.share).toBe(0);
    expect(report.boilerplate).toEqual(["Top of page", "Photo: someone"]);
  });

  it("counts a sentence as cited when evidence covers at least half of its characters", () => {
    const report = sourceCoverage(
      source,
      TEXT,
      cite("Heiko Maas met KANG Kyung-wha on 1. November", "They discussed", "We agree."),
    );
    // "They discussed" is 13 of 25 letters (cited); "We agree." 8 of 18 (not cited).
    expect(report.uncited.map((s) => s.text)).toEqual([
      "Both said: “We agree.”",
      "The 57. meeting is planned... later on.",
    ]);
    expect(report.cited).toBe(2);
    expect(report.share).toBe(0.5);
  });

  it("reports boilerplate that is not in the text, and prints uncited sentences", () => {
    const report = sourceCoverage({ ...source, boilerplate: ["Not there"] }, TEXT, []);
    expect(report.missingBoilerplate).toEqual(["Not there"]);
    const printed = formatCoverage([report]);
    expect(printed).toContain("FAIL s: 0.0% of content sentences cited");
    expect(printed).toContain("uncited (0% covered): They discussed the pandemic.");
  });
});
