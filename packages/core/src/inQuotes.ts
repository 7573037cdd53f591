/**
 * Quotation marks by the language of the words they wrap, for every surface
 * that prints a quote, a title or a translation: briefs, the web page, the CLI.
 */
import { expectString } from "@korea-relations/model";

/**
 * `text` between the quotation marks of `language` (a BCP 47 tag such as a
 * quote's or a source's `language`): German `„…“`, every other language
 * (English, Korean…) `“…”`. Throws a `TypeError` when `text` or `language`
 * is not a string.
 *
 * ```ts
 * inQuotes("konstruktive", "de"); // "„konstruktive“"
 * inQuotes("constructive", "en"); // "“constructive”"
 * inQuotes("건설적인", "ko"); // "“건설적인”"
 * ```
 */
export function inQuotes(text: string, language: string): string {
  expectString(text, "inQuotes(text)");
  expectString(language, "inQuotes(language)");
  return /^de(?:-|$)/i.test(language) ? `„${text}“` : `“${text}”`;
}
