import type { ContentPosition, Span } from "@korea-relations/core";
import { type ReadingText, readingExcerpt } from "@korea-relations/core/sources";
import { cleanKeepingOffsets } from "../text/cleanText.js";

/** What an evidence says where on the page and in the source it stands. */
export interface PlacedEvidence {
  readonly span?: Span;
  readonly position?: ContentPosition;
}

/** Where an excerpt shows in an article's text, and its words there. */
export interface Placed {
  readonly span: Span;
  readonly text: string;
}

/**
 * An article as the UI shows it: its clean reading text where one fits the
 * article (no line-wrap markup, link marks, navigation or ads), else the raw
 * text as scraped; control characters replaced one for one either way, so
 * offsets hold.
 */
export interface Article {
  readonly source: string;
  readonly text: string;
  /** Whether `text` is the clean reading text (else the raw article). */
  readonly clean: boolean;
  /** Where an evidence's excerpt (its verbatim `span`) shows in `text`; a link list entry shows at its link's anchor. */
  place(evidence: PlacedEvidence): Placed | undefined;
  /** The page position of the text at `offset` (reading texts only). */
  positionAt(offset: number): ContentPosition | undefined;
}

/** The article of `source` from its raw text and, where one fits it, its reading text. */
export function articleText(source: string, raw: string, reading?: ReadingText): Article {
  if (reading) {
    const text = cleanKeepingOffsets(reading.text);
    return {
      source,
      text,
      clean: true,
      place(evidence) {
        if (!evidence.span) return undefined;
        try {
          const excerpt = readingExcerpt(
            { source: reading.source as never, span: evidence.span, ...position(evidence) },
            reading,
          );
          return excerpt && { span: excerpt.span, text: excerpt.text };
        } catch {
          // A span outside the article: nothing to show.
          return undefined;
        }
      },
      positionAt(offset) {
        return reading.runs.find((run) => run.start <= offset && offset < run.end)?.position;
      },
    };
  }
  const text = cleanKeepingOffsets(raw);
  return {
    source,
    text,
    clean: false,
    place(evidence) {
      const span = evidence.span;
      if (!span || span[0] < 0 || span[1] > text.length || span[1] < span[0]) return undefined;
      return { span, text: text.slice(span[0], span[1]) };
    },
    positionAt: () => undefined,
  };
}

function position(evidence: PlacedEvidence): { position?: ContentPosition } {
  return evidence.position === undefined ? {} : { position: evidence.position };
}
