/** A brief (or a barometer) as JSON: the plain data, indented, one trailing newline. */
import type { IdMap } from "@korea-relations/model";
import type { Barometer } from "../BarometerTypes.js";
import type { Brief } from "../BriefTypes.js";

export function briefJson<I extends IdMap>(brief: Brief<I> | Barometer<I>): string {
  return `${JSON.stringify(brief, null, 2)}\n`;
}
