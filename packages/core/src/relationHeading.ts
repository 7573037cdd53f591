/**
 * The heading of a relation `relatedRecords` reports, from the model's
 * `RELATION_HEADINGS`: the words the web page and the TUI put above a list
 * of linked records (`eventsHeld` → "Events held here" / "Ereignisse an
 * diesem Ort").
 */
import {
  LABEL_LANGUAGES,
  type LabelLanguage,
  RELATION_HEADINGS,
  type Relation,
} from "@korea-relations/model";
import { member } from "./arguments.js";

/**
 * The heading of `relation` in `lang` (default English).
 *
 * @example
 * relationHeading("parts"); // "Sub-events"
 * relationHeading("eventsHeld", "de"); // "Ereignisse an diesem Ort"
 * @throws TypeError when `relation` or `lang` is not a string; RangeError when
 *   it is no relation or label language (naming the nearest one and every one).
 */
export function relationHeading(relation: Relation, lang: LabelLanguage = "en"): string {
  // The relations are listed at the call, not at load, so that a bundle that never calls this drops the table.
  const relations = Object.keys(RELATION_HEADINGS) as Relation[];
  return RELATION_HEADINGS[member(relation, relations, "relationHeading(relation)")][
    member(lang, LABEL_LANGUAGES, "relationHeading(lang)")
  ];
}
