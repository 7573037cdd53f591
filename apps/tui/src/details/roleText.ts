import { type LabelLanguage, type Role, roleName } from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";

/**
 * An office role's name in `lang` (core's `roleName`: `head of state`,
 * `Außenminister`); a role core does not know (checked data has none): as it
 * is, cleaned.
 */
export function roleText(role: string, lang: LabelLanguage): string {
  try {
    return roleName(role as Role, lang);
  } catch {
    return cleanLine(role);
  }
}
