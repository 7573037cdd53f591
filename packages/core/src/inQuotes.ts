/**
 * Quotation marks by the language of the text a quote stands in (as
 * typography has it: a German page quotes English words in „…“, an English
 * page German words in “…”), for every surface that prints a quote, a title
 * or a translation: briefs, the web page.
 */
import { expectString } from "@korea-relations/model";

/**
 * `text` between the quotation marks of `language`, the language of the
 * text it is quoted in (a BCP 47 tag: a page's or a brief's language):
 * German `„…“`, every other language (English, Korean…) `“…”`. Throws a
 * `TypeError` when `text` or `language` is not a string.
 *
 * ```ts
 * inQuotes("constructive", "de"); // "„constructive“" in a German page
 * inQuotes("konstruktive", "en"); // "“konstruktive”" in an English page
 * inQuotes("건설적인", "ko"); // "“건설적인”"
 * ```
 */
export function inQuotes(text: string, language: string): string {
  expectString(text, "inQuotes(text)");
  expectString(language, "inQuotes(language)");
  return /^de(?:-|$)/i.test(language) ? `„${text}“` : `“${text}”`;
}
