import { describe, expect, it } from "vitest";
import { builtin } from "./builtin.js";
import { UnknownEntityError } from "./errors.js";
import { SOURCE_TEXTS, sourceText } from "./sources.js";

describe("sourceText", () => {
  it("gives the text of every source, each excerpt's span inside it", () => {
    const { sources } = builtin().dataset;
    expect(Object.keys(SOURCE_TEXTS).sort()).toEqual(sources.map((s) => s.id).sort());
    for (const citation of sources.flatMap((s) => builtin().citations(s.id))) {
      const { source, span, quote } = citation.evidence;
      // Excerpts are matched with whitespace and line-wrap markup folded, so
      // the span holds the excerpt from its first to its last character.
      const passage = sourceText(source).slice(span[0], span[1]);
      expect(passage[0], citation.record).toBe(quote[0]);
      expect(passage.at(-1), citation.record).toBe(quote.at(-1));
    }
  });

  it("names the argument at fault and suggests sources for an unknown id", () => {
    expect(() => sourceText(1 as never)).toThrow("sourceText(id) must be a string, got a number");
    const [first] = Object.keys(SOURCE_TEXTS);
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
