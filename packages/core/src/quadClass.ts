/**
 * GDELT's quad class of a CAMEO root code, the one rule by which the brief
 * and the barometer sort events into cooperation and conflict:
 *
 * | quad class | meaning              | CAMEO roots |
 * |-----------:|----------------------|-------------|
 * | 1          | verbal cooperation   | 01–05       |
 * | 2          | material cooperation | 06–08       |
 * | 3          | verbal conflict      | 09–13       |
 * | 4          | material conflict    | 14–20       |
 *
 * Source: the GDELT 2.0 Event Database Codebook (V2.0), field `QuadClass`
 * ("Verbal Cooperation, Material Cooperation, Verbal Conflict, Material
 * Conflict"), whose root ranges are those of GDELT's CAMEO event-code lookup.
 */
import { CAMEO_ROOT_CODES, type CameoRoot } from "@korea-relations/model";
import { member } from "./arguments.js";

/** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/**
 * The quad class of a CAMEO root code (`"01"`–`"20"`): `quadClass("04") // 1`,
 * `quadClass("16") // 4`. A non-string is a `TypeError`, any other string a
 * `RangeError` naming the valid codes.
 */
export function quadClass(cameoRoot: CameoRoot): QuadClass {
  const code = Number(member(cameoRoot, CAMEO_ROOT_CODES, "quadClass(cameoRoot)"));
  return code <= 5 ? 1 : code <= 8 ? 2 : code <= 13 ? 3 : 4;
}
