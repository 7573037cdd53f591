/**
 * The name of an event kind in a label language, from the model's
 * `EVENT_KIND_NAMES`: the words the brief, the web page and the TUI write
 * for a kind (`press-conference` → "press conference" / "Pressekonferenz").
 */
import {
  EVENT_KIND_NAMES,
  EVENT_KINDS,
  type EventKind,
  LABEL_LANGUAGES,
  type LabelLanguage,
} from "@korea-relations/model";
import { member } from "./arguments.js";

/**
 * The name of event kind `kind` in `lang` (default English).
 *
 * @example
 * eventKindName("press-conference", "de"); // "Pressekonferenz"
 * @throws TypeError when `kind` or `lang` is not a string; RangeError when it
 *   is no event kind or label language (naming the nearest one and every one).
 */
export function eventKindName(kind: EventKind, lang: LabelLanguage = "en"): string {
  return EVENT_KIND_NAMES[member(kind, EVENT_KINDS, "eventKindName(kind)")][
    member(lang, LABEL_LANGUAGES, "eventKindName(lang)")
  ];
}
