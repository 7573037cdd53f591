import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { builtin } from "./builtin.js";
import { UnknownEntityError } from "./errors.js";
import { SOURCE_IDS, SOURCE_TEXTS, sourceText } from "./sources.js";

// The repository's own copy of the articles (never published): the spans the
// records cite are checked against it, whether or not a text ships.
const texts: Record<string, string> = JSON.parse(
  readFileSync(
    createRequire(import.meta.url).resolve("@korea-relations/source-texts/texts.json"),
    "utf8",
  ),
);

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
