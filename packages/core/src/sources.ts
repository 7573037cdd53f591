/**
 * `@korea-relations/core/sources`: the full texts of the sources whose
 * publishers' terms allow them to be redistributed, kept out of the main
 * entry so that queries do not load them. Every other source ships as its
 * metadata (`getSource`) and the excerpts the records cite (`citations`).
 */
import { typeName } from "@korea-relations/model";
import { UnknownEntityError } from "./errors.js";
import type { SourceId } from "./generated/ids.js";
import { SOURCE_IDS, SOURCE_TEXTS } from "./generated/sourceTexts.js";

export { SOURCE_IDS, SOURCE_TEXTS };

/**
 * The full text of a source, byte-identical to the article file, where its
 * publisher's terms allow it to be redistributed (the source record's
 * `fullText.redistributable`); `undefined` where they do not, and the
 * package then carries the source's metadata and cited excerpts only.
 * Throws `UnknownEntityError` for an id that names no source.
 *
 * ```ts
 * const text = sourceText("taz-2025-08-26-tokyo-summit");
 * if (text === undefined) {
 *   getSource("taz-2025-08-26-tokyo-summit").fullText?.reason; // why it does not ship
 *   citations("taz-2025-08-26-tokyo-summit");                   // the passages the records cite
 * } else text.slice(evidence.span[0], evidence.span[1]);         // a cited passage in its text
 * ```
 */
export function sourceText(id: SourceId): string | undefined {
  if (typeof id !== "string") {
    throw new TypeError(`sourceText(id) must be a string, got ${typeName(id)}`);
  }
  if (!(SOURCE_IDS as readonly string[]).includes(id)) {
    throw new UnknownEntityError(
      "source",
      id,
      SOURCE_IDS.filter((known) => known.includes(id.slice(0, 4))).slice(0, 5),
    );
  }
  return (SOURCE_TEXTS as Record<string, string | undefined>)[id];
}
