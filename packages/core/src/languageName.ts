/**
 * The name of a language of sources and quotes in a label language, from the model's
 * `LANGUAGE_NAMES`: the words the brief and the web page write for it.
 */
import {
  LABEL_LANGUAGES,
  LANGUAGE_NAMES,
  LANGUAGES,
  type LabelLanguage,
  type Language,
} from "@korea-relations/model";
import { member } from "./arguments.js";

/**
 * The name of language of sources and quotes `language` in `lang` (default English).
 *
 * @example
 * languageName("ko"); // "Korean"
 * languageName("ko", "de"); // "Koreanisch"
 * @throws TypeError when `language` or `lang` is not a string; RangeError when it
 *   is no language of sources and quotes or label language (naming the nearest one and every one).
 */
export function languageName(language: Language, lang: LabelLanguage = "en"): string {
  return LANGUAGE_NAMES[member(language, LANGUAGES, "languageName(language)")][
    member(lang, LABEL_LANGUAGES, "languageName(lang)")
  ];
}
