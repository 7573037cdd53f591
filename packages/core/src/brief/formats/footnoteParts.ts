/**
 * A footnote in words, shared by every format: the excerpt, the source
 * (publisher, title, date), where on the page it stands, and the facts it
 * stands for that the source does not state, with their reasons.
 */
import type { IdMap, LabelLanguage } from "@korea-relations/model";
import { dateWords } from "../../dateWords.js";
import type { Footnote } from "../BriefTypes.js";
import { BRIEF_WORDS } from "../briefWords.js";

export interface FootnoteParts {
  readonly excerpt: string;
  /** `taz (die tageszeitung)`, `Gipfeltreffen in Tokio…`, `26 Aug 2025`: what the source has. */
  readonly publisher?: string;
  readonly title?: string;
  readonly published?: string;
  /** The source id where it has neither publisher nor title. */
  readonly sourceId?: string;
  readonly position?: string;
  /** `date: from outside the sources — The article of 26 Aug 2025 says …` */
  readonly marks: readonly string[];
}

export function footnoteParts<I extends IdMap>(
  footnote: Footnote<I>,
  lang: LabelLanguage,
): FootnoteParts {
  const words = BRIEF_WORDS[lang];
  return {
    excerpt: footnote.excerpt,
    ...(footnote.publisher === undefined ? {} : { publisher: footnote.publisher }),
    ...(footnote.title === undefined ? {} : { title: footnote.title }),
    ...(footnote.publisher === undefined && footnote.title === undefined
      ? { sourceId: footnote.source }
      : {}),
    ...(footnote.published === undefined
      ? {}
      : { published: dateWords(footnote.published, lang, "short") }),
    ...(footnote.position === undefined
      ? {}
      : { position: words.positions[footnote.position] ?? footnote.position }),
    marks: footnote.marks.map(
      (mark) =>
        `${words.fields[mark.field] ?? mark.field}: ${words.bases[mark.basis]}${
          mark.reason === undefined ? "" : ` — ${mark.reason}`
        }`,
    ),
  };
}
