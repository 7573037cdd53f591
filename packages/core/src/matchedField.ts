/**
 * What a search hit matched, as a reader sees it: the field's name in the
 * reader's language and its text, a date or an amount in words. The web page
 * and the TUI both show it under a hit whose label does not show the match.
 */
import {
  LABEL_LANGUAGES,
  type LabelLanguage,
  RELATION_HEADINGS,
  typeName,
} from "@korea-relations/model";
import { member } from "./arguments.js";
import { dateWords } from "./dateWords.js";
import { numberWords } from "./numberWords.js";
import type { SearchHit } from "./search/SearchResults.js";

/** A hit's own fields (the rest are relations: a linked record's name matched). */
const FIELD_NAMES = {
  name: { en: "Name", de: "Name" },
  title: { en: "Title", de: "Titel" },
  text: { en: "Text", de: "Text" },
  amount: { en: "Amount", de: "Betrag" },
  date: { en: "Date", de: "Datum" },
} as const satisfies Record<string, Record<LabelLanguage, string>>;

/** A matched field as shown: its name, its text and the ranges of `text` to mark. */
export interface MatchedField {
  /** The field's name in the language asked for (`Date`, `Participants`, `Teilnehmende`). */
  readonly name: string;
  readonly text: string;
  readonly ranges: readonly (readonly [start: number, end: number])[];
}

/**
 * The field `hit` matched in, named in `lang` (default English), with its
 * text: a date (`2020-08-10`, a span `2020-11-12/2020-11-14`) and a whole
 * amount in words, marked whole; any other text as it is, with the hit's
 * ranges. Frozen, as every result of core's.
 *
 * @example
 * matchedField({ field: "date", text: "2020-08-10", ranges: [[0, 10]] });
 * // { name: "Date", text: "10 August 2020", ranges: [[0, 14]] }
 * matchedField({ field: "participants", text: "Kang Kyung-wha", ranges: [[0, 4]] }, "de");
 * // { name: "Teilnehmende", text: "Kang Kyung-wha", ranges: [[0, 4]] }
 * @throws TypeError when `hit` has no string `field` and `text` or no
 *   `ranges` array of `[start, end]` pairs; RangeError for a `lang` that is
 *   no label language (naming the nearest).
 */
export function matchedField(
  hit: Pick<SearchHit, "field" | "text" | "ranges">,
  lang: LabelLanguage = "en",
): MatchedField {
  if (
    typeof hit !== "object" ||
    hit === null ||
    typeof hit.field !== "string" ||
    typeof hit.text !== "string" ||
    !Array.isArray(hit.ranges)
  ) {
    throw new TypeError(
      `matchedField(hit) must be a search hit ({ field, text, ranges }), got ${typeName(hit)}`,
    );
  }
  const ranges = hit.ranges.map((range: unknown) => {
    if (
      !Array.isArray(range) ||
      !Number.isInteger(range[0]) ||
      !Number.isInteger(range[1]) ||
      range[0] < 0 ||
      range[1] < range[0]
    ) {
      throw new TypeError(
        `matchedField(hit).ranges must be [start, end] pairs, got ${typeName(range)}`,
      );
    }
    return Object.freeze([range[0], range[1]] as const);
  });
  const language = member(lang, LABEL_LANGUAGES, "matchedField(lang)");
  const { field, text } = hit;
  const names: Record<string, Record<LabelLanguage, string>> | undefined = Object.hasOwn(
    FIELD_NAMES,
    field,
  )
    ? FIELD_NAMES
    : Object.hasOwn(RELATION_HEADINGS, field)
      ? RELATION_HEADINGS
      : undefined;
  const name = names?.[field]?.[language] ?? field;
  const whole = (shown: string): MatchedField =>
    Object.freeze({
      name,
      text: shown,
      ranges: Object.freeze([Object.freeze([0, shown.length] as const)]),
    });
  if (field === "date") {
    const [value = text, end] = text.split("/");
    try {
      return whole(dateWords(end === undefined ? value : { value, end }, language));
    } catch {
      // Not a dataset date: shown as it is.
    }
  }
  if (field === "amount" && /^\d+$/.test(text)) return whole(numberWords(Number(text), language));
  return Object.freeze({ name, text, ranges: Object.freeze(ranges) });
}
