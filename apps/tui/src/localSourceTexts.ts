/**
 * The articles' full texts when the CLI runs from a clone of the repository:
 * the private workspace package `@korea-relations/source-texts`, read on
 * first use. It is never published (the articles remain their publishers'),
 * so an installed CLI shows only the texts `@korea-relations/core/sources`
 * ships and, for the others, the passages the records cite.
 */
import { createRequire } from "node:module";

let texts: Readonly<Record<string, string>> | null | undefined;

/** The full text of a source from the repository's private package, or undefined. */
export function localSourceText(id: string): string | undefined {
  if (texts === undefined) {
    try {
      // Resolved at run time, not bundled: the specifier is not a literal.
      const name = ["@korea-relations", "source-texts", "texts.json"].join("/");
      texts = createRequire(import.meta.url)(name) as Record<string, string>;
    } catch {
      texts = null;
    }
  }
  return texts && Object.hasOwn(texts, id) ? texts[id] : undefined;
}
