/** The date an office is placed at in lists: the web page's and the TUI's. */
import {
  type DateValue,
  dateInterval,
  type IdMap,
  type Office,
  type OfficeEvidence,
} from "@korea-relations/model";
import { assertOffice } from "./officeSightings.js";

/**
 * The date `office` is placed at: its `start`, else the oldest date a source
 * shows its holder in office (`officeSightings`); `undefined` where it has
 * neither.
 *
 * @example
 * officeDate(getOffice("kang-kyung-wha-foreign-minister-2020")); // { value: "2017-06-18", basis: "external", … }
 * @throws TypeError when `office` is not an object with an `evidence` array;
 *   RangeError for a `seen` date that is no date.
 */
export function officeDate<I extends IdMap = IdMap>(office: Office<I>): DateValue | undefined {
  assertOffice(office, "officeDate");
  // The first of `officeSightings` in one pass (a list places thousands of
  // offices): the oldest start, the less precise first, the first listed of equals.
  const { evidence } = office;
  let oldest: DateValue | undefined;
  let oldestStart = 0;
  for (let i = 0; i < evidence.length; i++) {
    const date = (evidence[i] as OfficeEvidence<I> | undefined)?.seen;
    if (date === undefined) continue;
    const { start } = dateInterval(date, `officeDate(office).evidence[${i}].seen`);
    if (
      oldest === undefined ||
      start < oldestStart ||
      (start === oldestStart && date.value.length < oldest.value.length)
    ) {
      oldest = date;
      oldestStart = start;
    }
  }
  return office.start ?? oldest;
}
