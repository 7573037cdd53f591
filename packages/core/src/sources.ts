/**
 * `@korea-relations/core/sources`: the full texts of the sources whose
 * publishers' terms allow them to be redistributed, and their clean reading
 * texts with a span map both ways, kept out of the main entry so that queries
 * do not load them. Every other source ships as its metadata (`getSource`)
 * and the excerpts the records cite (`citations`); its reading text can be
 * built from reading-text data held elsewhere (`createReadingText`).
 */
import type { ContentPosition, Span } from "@korea-relations/model";
import { typeName } from "@korea-relations/model";
import { UnknownEntityError } from "./errors.js";
import type { SourceId } from "./generated/ids.js";
import { READING_TEXTS } from "./generated/readingTexts.js";
import { SOURCE_IDS, SOURCE_TEXTS } from "./generated/sourceTexts.js";
import { buildReadingText, type ReadingText, type ReadingTextData } from "./ReadingText.js";
import { excerptIn, type ReadingExcerpt } from "./readingExcerpt.js";

export type { ReadingLink, ReadingRun, ReadingText, ReadingTextData } from "./ReadingText.js";
export type { ReadingExcerpt } from "./readingExcerpt.js";
export { SOURCE_IDS, SOURCE_TEXTS };

/** Throws unless `id` is a string naming a source of the built-in dataset. */
function checkId(id: unknown, name: string): asserts id is SourceId {
  if (typeof id !== "string") {
    throw new TypeError(`${name}(id) must be a string, got ${typeName(id)}`);
  }
  if (!(SOURCE_IDS as readonly string[]).includes(id)) {
    throw new UnknownEntityError(
      "source",
      id,
      SOURCE_IDS.filter((known) => known.includes(id.slice(0, 4))).slice(0, 5),
    );
  }
}

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
  checkId(id, "sourceText");
  return (SOURCE_TEXTS as Record<string, string | undefined>)[id];
}

const built = new Map<string, ReadingText>();

/**
 * The reading text of a source whose full text ships (it is the article's
 * text, under the same terms): the article without scrape artifacts,
 * navigation and ads, one block per line, with its runs by page position,
 * its link list and its span map both ways; `undefined` where the full text
 * does not ship (build it with `createReadingText` from data held elsewhere).
 * Throws `UnknownEntityError` for an id that names no source.
 *
 * ```ts
 * const reading = readingText("taz-2025-08-26-tokyo-summit"); // undefined: its text does not ship
 * reading?.text.slice(...reading.toReading(evidence.span));    // an excerpt in clean form
 * ```
 */
export function readingText(id: SourceId): ReadingText | undefined {
  checkId(id, "readingText");
  let reading = built.get(id);
  if (!reading) {
    const data = READING_TEXTS[id];
    if (data === undefined) return undefined;
    reading = buildReadingText(id, data);
    built.set(id, reading);
  }
  return reading;
}

/**
 * A source's reading text built from its reading-text data (as the build
 * writes it: the repository's private `@korea-relations/source-texts`
 * package holds it for every source, for the repository's own readers).
 *
 * ```ts
 * const reading = createReadingText("taz-2025-08-26-tokyo-summit", readings["taz-2025-08-26-tokyo-summit"]);
 * reading.text.split("\n")[0]; // "taz.de -- Gipfeltreffen in Tokio: …" (no "# ", no "| |")
 * reading.toVerbatim(reading.toReading(evidence.span)); // back to the evidence's span
 * ```
 */
export function createReadingText(source: string, data: ReadingTextData): ReadingText {
  if (typeof source !== "string") {
    throw new TypeError(`createReadingText(source) must be a string, got ${typeName(source)}`);
  }
  if (typeof data !== "object" || data === null || typeof data.text !== "string") {
    throw new TypeError(
      `createReadingText(source, data) needs reading-text data ({ text, map, runs, links }), got ${typeName(data)}`,
    );
  }
  return buildReadingText(source, data);
}

/**
 * An evidence's excerpt in clean form, with where to highlight it in its
 * source's reading text: in `reading` if given, else in the reading text that
 * ships for its source; `undefined` where there is none. Evidence citing a
 * link list gives the link's target, placed at the link's anchor.
 *
 * ```ts
 * const [evidence] = evidenceFor("2025-08-23-kr-jp-joint-declaration");
 * readingExcerpt(evidence, reading)?.text; // the excerpt without "| |" line ends or "[1][…]" marks
 * ```
 */
export function readingExcerpt(
  evidence: {
    readonly source: SourceId;
    readonly span?: Span;
    readonly position?: ContentPosition;
  },
  reading?: ReadingText,
): ReadingExcerpt | undefined {
  if (typeof evidence !== "object" || evidence === null) {
    throw new TypeError(`readingExcerpt(evidence) must be an evidence, got ${typeName(evidence)}`);
  }
  if (typeof evidence.source !== "string") {
    throw new TypeError(
      `readingExcerpt(evidence).source must be a source id, got ${typeName(evidence.source)}`,
    );
  }
  const text = reading ?? readingText(evidence.source);
  return text === undefined ? undefined : excerptIn(text, evidence);
}
