/**
 * The name of an office role in a label language, from the model's
 * `ROLE_NAMES`: the words the brief and the web page write for it.
 */
import {
  LABEL_LANGUAGES,
  type LabelLanguage,
  ROLE_NAMES,
  ROLES,
  type Role,
} from "@korea-relations/model";
import { member } from "./arguments.js";

/**
 * The name of office role `role` in `lang` (default English).
 *
 * @example
 * roleName("head-of-state"); // "head of state"
 * roleName("defense-minister", "de"); // "Verteidigungsminister"
 * @throws TypeError when `role` or `lang` is not a string; RangeError when it
 *   is no office role or label language (naming the nearest one and every one).
 */
export function roleName(role: Role, lang: LabelLanguage = "en"): string {
  return ROLE_NAMES[member(role, ROLES, "roleName(role)")][
    member(lang, LABEL_LANGUAGES, "roleName(lang)")
  ];
}
