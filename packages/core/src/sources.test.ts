/**
 * The reading texts of `@korea-relations/core/sources`: every evidence of the
 * built-in dataset maps into its source's clean text and back.
 */
import { describe, expect, it } from "vitest";
import { dataset, evidenceFor, UnknownEntityError } from "./index.js";
import { readingExcerpt, readingText, SOURCE_TEXTS, sourceText } from "./sources.js";

/** A quote as a reader reads it: link marks `[n][…]` without their brackets, spaces folded. */
const clean = (text: string) =>
  text
    .normalize("NFKC")
    .replace(/\[\d+\]\[([^\]]*)\]/gu, "$1")
    .replace(/[\u2010\u2011]/gu, "-")
    .replace(/\s+/gu, " ")
    .trim();

const everyEvidence = dataset.records.flatMap((record) => [
  ...(record.evidence ?? []).map((evidence) => ({ record: record.id, evidence })),
  ...(record.type === "source"
    ? (record.credits ?? []).map((credit) => ({ record: record.id, evidence: credit.evidence }))
    : []),
]);

describe("reading texts", () => {
  it("have no scrape remnants", () => {
    for (const id of Object.keys(SOURCE_TEXTS)) {
      const { text } = readingText(id as never);
      expect(text, id).not.toMatch(/\| \||^> |^#+ |\[\d+\]\[|^\[\d+\] |Skip to|Anzeige|\s\s/mu);
    }
  });

  it("map every evidence span both ways, and show its excerpt in clean form", () => {
    expect(everyEvidence.length).toBeGreaterThan(400);
    const wrong: string[] = [];
    let links = 0;
    for (const { record, evidence } of everyEvidence) {
      const reading = readingText(evidence.source);
      const span = reading.toReading(evidence.span);
      const excerpt = readingExcerpt(evidence);
      const back = reading.toVerbatim(span);
      if (span[0] === span[1]) {
        // Only a link list entry has no reading text: shown at its link's anchor.
        const link = reading.linkAt(evidence.span);
        if (!link?.anchor || excerpt.text !== link.target || excerpt.span !== link.anchor) {
          wrong.push(`${record}: ${evidence.quote}: empty, and no link anchor`);
        }
        links++;
        continue;
      }
      if (back[0] < evidence.span[0] || back[1] > evidence.span[1]) {
        wrong.push(`${record}: ${evidence.quote}: back [${back}] outside [${evidence.span}]`);
      }
      if (JSON.stringify(reading.toReading(back)) !== JSON.stringify(span)) {
        wrong.push(`${record}: ${evidence.quote}: not stable`);
      }
      if (clean(excerpt.text) !== clean(evidence.quote)) {
        wrong.push(`${record}: ${evidence.quote}: excerpt reads "${excerpt.text}"`);
      }
      if (excerpt.position !== evidence.position) wrong.push(`${record}: position`);
    }
    expect(wrong).toEqual([]);
    expect(links).toBeGreaterThanOrEqual(4);
  });

  it("shows evidence citing a link list at its anchor", () => {
    const [address] = evidenceFor("2025-08-23-kr-jp-joint-declaration").filter(
      (e) => e.position === "link",
    );
    const excerpt = readingExcerpt(address ?? ({} as never));
    expect(excerpt.link).toEqual({
      n: 1,
      target: "https://www.mofa.go.jp/a_o/na/kr/pageite_000001_01221.html",
    });
    const reading = readingText("taz-2025-08-26-tokyo-summit");
    expect(reading.text.slice(...excerpt.span)).toBe("die erste gemeinsame Erklärung");
  });

  it("keeps runs by page position that tile the text", () => {
    const reading = readingText("dw-2023-05-24-germany-korea-military-secrets");
    expect(reading.runs[0]).toMatchObject({ start: 0, position: "tag" });
    expect(reading.runs.at(-1)?.end).toBe(reading.text.length);
    expect(reading.runs.map((run) => run.position)).toContain("caption");
    expect(Object.isFrozen(reading.runs)).toBe(true);
  });

  it("reject bad arguments with one-line errors", () => {
    const reading = readingText("ffo-2020-08-10-strategic-dialogue");
    const length = sourceText("ffo-2020-08-10-strategic-dialogue").length;
    expect(() => reading.toReading([0, length + 1])).toThrow(RangeError);
    expect(() => reading.toReading([5, 2])).toThrow("must satisfy 0 ≤ start ≤ end");
    expect(() => reading.toVerbatim("0-3" as never)).toThrow(TypeError);
    expect(() => readingText("ffo" as never)).toThrow(UnknownEntityError);
    expect(() => readingText(3 as never)).toThrow(TypeError);
    expect(() => readingExcerpt({ source: "ffo-2020-08-10-strategic-dialogue" } as never)).toThrow(
      "needs the evidence's span",
    );
  });
});
