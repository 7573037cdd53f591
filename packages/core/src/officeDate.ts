/** The date an office is placed at in lists: the web page's and the TUI's. */
import type { DateValue, IdMap, Office } from "@korea-relations/model";
import { sightingsOf } from "./officeSightings.js";

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
  const sightings = sightingsOf(office, "officeDate");
  return office.start ?? sightings[0]?.date;
}
