import type { DatasetRecord, LabelLanguage, Relations } from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";

/**
 * A record's label from core (`recordLabel`: a name, a title, "Person:
 * title" for an office), as one line safe to print; an id that names no
 * record is shown as it is, cleaned.
 */
export function labelText(
  relations: Relations,
  record: DatasetRecord | string,
  lang: LabelLanguage,
): string {
  try {
    return cleanLine(relations.recordLabel(record, lang));
  } catch {
    return cleanLine(typeof record === "string" ? record : record.id);
  }
}
