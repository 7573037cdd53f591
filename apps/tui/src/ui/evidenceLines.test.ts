import { describe, expect, it } from "vitest";
import { fixtureRelations } from "../../test/testData.js";
import { evidenceLines } from "./evidenceLines.js";
import { lineText } from "./Line.js";

describe("evidenceLines", () => {
  it("shows each excerpt verbatim with its source's metadata", () => {
    const r = fixtureRelations();
    const { lines, ranges } = evidenceLines(r.evidenceFor("kang-fm-2020"), 80, 0, true);
    const text = lines.map(lineText);
    expect(text[0]).toContain("1. “South Korean Foreign Minister KANG Kyung‑wha”");
    expect(text[1]).toContain("— Alpha report · 10 Aug 2020 (stated) · en · src-a");
    expect(ranges).toEqual([
      [0, 1],
      [3, 4],
    ]);
  });

  it("cuts very long excerpts", () => {
    const r = fixtureRelations();
    const evidence = r
      .evidenceFor("kang-fm-2020")
      .slice(0, 1)
      .map((e) => ({ ...e, quote: "word ".repeat(200) }));
    const { lines } = evidenceLines(evidence, 30, 0, false, 4);
    expect(lines.map(lineText).filter((l) => l.includes("word")).length).toBeLessThanOrEqual(3);
  });

  it("names each excerpt's page position in the UI's language, and shows it clean where given", () => {
    const r = fixtureRelations();
    const [first] = r.evidenceFor("kang-fm-2020");
    if (!first) throw new Error("fixture without evidence");
    const evidence = [
      { ...first, position: "caption" as const },
      { ...first, position: "link" as const },
    ];
    const en = evidenceLines(evidence, 80, 0, false, 12, undefined, { lang: "en" }).lines.map(
      lineText,
    );
    expect(en.join("\n")).toContain("— caption · Alpha report");
    expect(en.join("\n")).toContain("— link list · Alpha report");
    const de = evidenceLines(evidence, 80, 0, false, 12, undefined, {
      lang: "de",
      excerpts: ["Clean words", undefined],
    }).lines.map(lineText);
    expect(de.join("\n")).toContain("— Bildunterschrift · Alpha report");
    expect(de.join("\n")).toContain("— Linkliste · Alpha report");
    expect(de[0]).toContain("1. “Clean words”");
    expect(de.join("\n")).toContain("2. “South Korean Foreign Minister KANG Kyung‑wha”");
  });
});
