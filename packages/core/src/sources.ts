/**
 * `@korea-relations/core/sources`: the full text of every source, kept out of
 * the main entry so that queries do not load the articles.
 */
import { typeName } from "@korea-relations/model";
import { UnknownEntityError } from "./errors.js";
import type { SourceId } from "./generated/ids.js";
import { SOURCE_TEXTS } from "./generated/sourceTexts.js";

export { SOURCE_TEXTS };

/** The full text of a source, byte-identical to the article file. */
export function sourceText(id: SourceId): string {
  if (typeof id !== "string") {
    throw new TypeError(`sourceText(id) must be a string, got ${typeName(id)}`);
  }
  const text = (SOURCE_TEXTS as Record<string, string>)[id];
  if (text === undefined) {
    throw new UnknownEntityError(
      "source",
      id,
      Object.keys(SOURCE_TEXTS)
        .filter((known) => known.includes(id.slice(0, 4)))
        .slice(0, 5),
    );
  }
  return text;
}
