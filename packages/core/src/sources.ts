/**
 * `@korea-relations/core/sources`: the full text of every source and its
 * clean reading text with a span map both ways, kept out of the main entry so
 * that queries do not load the articles.
 */
import type { ContentPosition, Span } from "@korea-relations/model";
import { typeName } from "@korea-relations/model";
import { UnknownEntityError } from "./errors.js";
import type { SourceId } from "./generated/ids.js";
import { READING_TEXTS } from "./generated/readingTexts.js";
import { SOURCE_TEXTS } from "./generated/sourceTexts.js";
import { buildReadingText, type ReadingText } from "./ReadingText.js";
import { excerptIn, type ReadingExcerpt } from "./readingExcerpt.js";

export type { ReadingLink, ReadingRun, ReadingText } from "./ReadingText.js";
export type { ReadingExcerpt } from "./readingExcerpt.js";
export { SOURCE_TEXTS };

const unknown = (id: string) =>
  new UnknownEntityError(
    "source",
    id,
    Object.keys(SOURCE_TEXTS)
      .filter((known) => known.includes(id.slice(0, 4)))
      .slice(0, 5),
  );

/** The full text of a source, byte-identical to the article file. */
export function sourceText(id: SourceId): string {
  if (typeof id !== "string") throw new TypeError("source id must be a string");
  const text = (SOURCE_TEXTS as Record<string, string>)[id];
  if (text === undefined) throw unknown(id);
  return text;
}

const built = new Map<string, ReadingText>();

/**
 * The reading text of a source: the article without scrape artifacts,
 * navigation and ads, one block per line, with its runs by page position,
 * its link list and its span map both ways.
 *
 * ```ts
 * const reading = readingText("taz-2025-08-26-tokyo-summit");
 * reading.text.split("\n")[0]; // "taz.de -- Gipfeltreffen in Tokio: …" (no "# ", no "| |")
 * reading.text.slice(...reading.toReading(evidence.span)); // the excerpt in clean form
 * ```
 */
export function readingText(id: SourceId): ReadingText {
  if (typeof id !== "string") {
    throw new TypeError(`readingText(id) must be a string, got ${typeName(id)}`);
  }
  let reading = built.get(id);
  if (!reading) {
    const data = READING_TEXTS[id];
    if (data === undefined) throw unknown(id);
    reading = buildReadingText(id, data);
    built.set(id, reading);
  }
  return reading;
}

/**
 * An evidence's excerpt in clean form, with where to highlight it in its
 * source's reading text. Evidence citing a link list gives the link's target,
 * placed at the link's anchor.
 *
 * ```ts
 * const [evidence] = evidenceFor("2025-08-23-kr-jp-joint-declaration");
 * readingExcerpt(evidence).text; // the excerpt without "| |" line ends or "[1][…]" marks
 * ```
 */
export function readingExcerpt(evidence: {
  readonly source: SourceId;
  readonly span?: Span;
  readonly position?: ContentPosition;
}): ReadingExcerpt {
  if (typeof evidence !== "object" || evidence === null) {
    throw new TypeError(`readingExcerpt(evidence) must be an evidence, got ${typeName(evidence)}`);
  }
  return excerptIn(readingText(evidence.source), evidence);
}
