/**
 * GDELT's QuadClass of a CAMEO root code: the four primary classes the whole
 * CAMEO event taxonomy is organised under.
 */
import { quoted, typeName } from "./argument";
import type { CameoRoot } from "./types";
import { CAMEO_ROOTS } from "./vocabulary";

/** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** The name of each quad class, as GDELT's codebook words it. */
export const QUAD_CLASSES = {
  1: "Verbal Cooperation",
  2: "Material Cooperation",
  3: "Verbal Conflict",
  4: "Material Conflict",
} as const satisfies Record<QuadClass, string>;

/**
 * The quad class of a CAMEO root code, as GDELT assigns its `QuadClass`
 * field from `EventRootCode`: 1 verbal cooperation (01–05), 2 material
 * cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict
 * (14–20). Source: The GDELT Event Database Data Format Codebook V2.0
 * (2015-02-19), field `QuadClass`; the root codes are those of the CAMEO
 * Event and Actor Codebook (Schrodt, version 1.1b3, 2012). Throws a
 * `TypeError` for a non-string and a `RangeError` for anything but `01`–`20`.
 *
 * ```ts
 * quadClass("04");                       // 1 (04 Consult: verbal cooperation)
 * quadClass("08");                       // 2 (08 Yield: material cooperation)
 * quadClass(getEvent("2025-08-23-kr-jp-tokyo-summit").cameo); // 1
 * QUAD_CLASSES[quadClass("17")];         // "Material Conflict"
 * ```
 */
export function quadClass(cameoRoot: CameoRoot): QuadClass {
  if (typeof cameoRoot !== "string") {
    throw new TypeError(`quadClass(cameoRoot) must be a string, got ${typeName(cameoRoot)}`);
  }
  if (!Object.hasOwn(CAMEO_ROOTS, cameoRoot)) {
    throw new RangeError(
      `quadClass(cameoRoot): ${quoted(cameoRoot)} is not a CAMEO root code (two digits, "01" to "20")`,
    );
  }
  const code = Number(cameoRoot);
  return code <= 5 ? 1 : code <= 8 ? 2 : code <= 13 ? 3 : 4;
}
