import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { builtin } from "./builtin.js";
import { UnknownEntityError } from "./errors.js";
import { dataset, evidenceFor } from "./index.js";
import type { ReadingTextData } from "./ReadingText.js";
import {
  createReadingText,
  readingExcerpt,
  readingText,
  SOURCE_IDS,
  SOURCE_TEXTS,
  sourceText,
} from "./sources.js";

// The repository's own copy of the articles and their reading texts (never
// published): the spans the records cite are checked against it, whether or
// not a text ships.
const privateFile = (name: string): string =>
  readFileSync(
    createRequire(import.meta.url).resolve(`@korea-relations/source-texts/${name}`),
    "utf8",
  );
const texts: Record<string, string> = JSON.parse(privateFile("texts.json"));
const readings: Record<string, ReadingTextData> = JSON.parse(privateFile("readings.json"));
/** A source's reading text, built from the private package's data. */
const reading = (id: string) => createReadingText(id, readings[id] as ReadingTextData);

describe("sourceText", () => {
  it("knows every source, and gives a text only where its terms allow it", () => {
    const { sources } = builtin().dataset;
    expect([...SOURCE_IDS].sort()).toEqual(sources.map((s) => s.id).sort());
    for (const source of sources) {
      const text = sourceText(source.id);
      if (source.fullText?.redistributable) expect(text).toBe(texts[source.id]);
      else expect(text, source.id).toBeUndefined();
      expect(Object.hasOwn(SOURCE_TEXTS, source.id)).toBe(text !== undefined);
    }
  });

  it("cites every excerpt at its span in the article", () => {
    const { sources } = builtin().dataset;
    for (const citation of sources.flatMap((s) => builtin().citations(s.id))) {
      const { source, span, quote } = citation.evidence;
      // Excerpts are matched with whitespace and line-wrap markup folded, so
      // the span holds the excerpt from its first to its last character.
      const passage = (texts[source] ?? "").slice(span[0], span[1]);
      expect(passage[0], citation.record).toBe(quote[0]);
      expect(passage.at(-1), citation.record).toBe(quote.at(-1));
    }
  });

  it("names the argument at fault and suggests sources for an unknown id", () => {
    expect(() => sourceText(1 as never)).toThrow("sourceText(id) must be a string, got a number");
    const [first] = SOURCE_IDS;
    let error: unknown;
    try {
      sourceText(`${first?.slice(0, 6)}-nothing` as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownEntityError);
    expect((error as UnknownEntityError).suggestions).toContain(first);
  });
});

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
  it("ship only where the full text ships", () => {
    for (const id of SOURCE_IDS) {
      expect(readingText(id) === undefined, id).toBe(sourceText(id) === undefined);
      if (readingText(id) === undefined) {
        expect(readingExcerpt({ source: id, span: [0, 1] }), id).toBeUndefined();
      }
    }
  });

  it("have no scrape remnants", () => {
    expect(Object.keys(readings).sort()).toEqual([...SOURCE_IDS].sort());
    for (const id of SOURCE_IDS) {
      const { text } = reading(id);
      expect(text, id).not.toMatch(/\| \||^> |^#+ |\[\d+\]\[|^\[\d+\] |Skip to|Anzeige|\s\s/mu);
    }
  });

  it("map every evidence span both ways, and show its excerpt in clean form", () => {
    expect(everyEvidence.length).toBeGreaterThan(400);
    const wrong: string[] = [];
    let links = 0;
    for (const { record, evidence } of everyEvidence) {
      const text = reading(evidence.source);
      const span = text.toReading(evidence.span);
      const excerpt = readingExcerpt(evidence, text);
      const back = text.toVerbatim(span);
      if (!excerpt) {
        wrong.push(`${record}: ${evidence.quote}: no excerpt`);
        continue;
      }
      if (span[0] === span[1]) {
        // Only a link list entry has no reading text: shown at its link's anchor.
        const link = text.linkAt(evidence.span);
        if (!link?.anchor || excerpt.text !== link.target || excerpt.span !== link.anchor) {
          wrong.push(`${record}: ${evidence.quote}: empty, and no link anchor`);
        }
        links++;
        continue;
      }
      if (back[0] < evidence.span[0] || back[1] > evidence.span[1]) {
        wrong.push(`${record}: ${evidence.quote}: back [${back}] outside [${evidence.span}]`);
      }
      if (JSON.stringify(text.toReading(back)) !== JSON.stringify(span)) {
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
    const taz = reading("taz-2025-08-26-tokyo-summit");
    const excerpt = readingExcerpt(address ?? ({} as never), taz);
    expect(excerpt?.link).toEqual({
      n: 1,
      target: "https://www.mofa.go.jp/a_o/na/kr/pageite_000001_01221.html",
    });
    expect(taz.text.slice(...(excerpt?.span ?? [0, 0]))).toBe("die erste gemeinsame Erklärung");
  });

  it("keeps runs by page position that tile the text", () => {
    const dw = reading("dw-2023-05-24-germany-korea-military-secrets");
    expect(dw.runs[0]).toMatchObject({ start: 0, position: "tag" });
    expect(dw.runs.at(-1)?.end).toBe(dw.text.length);
    expect(dw.runs.map((run) => run.position)).toContain("caption");
    expect(Object.isFrozen(dw.runs)).toBe(true);
  });

  it("reject bad arguments with one-line errors", () => {
    const ffo = reading("ffo-2020-08-10-strategic-dialogue");
    const length = (texts["ffo-2020-08-10-strategic-dialogue"] ?? "").length;
    expect(() => ffo.toReading([0, length + 1])).toThrow(RangeError);
    expect(() => ffo.toReading([5, 2])).toThrow("must satisfy 0 ≤ start ≤ end");
    expect(() => ffo.toVerbatim("0-3" as never)).toThrow(TypeError);
    expect(() => readingText("ffo" as never)).toThrow(UnknownEntityError);
    expect(() => readingText(3 as never)).toThrow(TypeError);
    expect(() => createReadingText("ffo", "text" as never)).toThrow("needs reading-text data");
    expect(() =>
      readingExcerpt({ source: "ffo-2020-08-10-strategic-dialogue" } as never, ffo),
    ).toThrow("needs the evidence's span");
  });
});
