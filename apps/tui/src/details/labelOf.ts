import type { DatasetRecord, LabelLanguage, Relations } from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";

/** A record's name or title in `lang`, one line, safe to print. */
export function labelOf(record: DatasetRecord, lang: LabelLanguage): string {
  switch (record.type) {
    case "country":
    case "place":
      return cleanLine(record.names[lang]);
    case "organization":
      return cleanLine(record.names?.[lang] ?? record.name);
    case "person":
      return cleanLine(record.name);
    case "topic":
      return cleanLine(record.label[lang]);
    case "event":
    case "agreement":
      return cleanLine(record.title[lang]);
    case "quote":
      return `“${cleanLine(record.text)}”`;
    case "office":
      return cleanLine(record.label[lang]);
    case "source":
      return cleanLine(record.title?.value ?? record.id);
  }
}

/** The label of the record `id` names, or `id` itself when there is none. */
export function labelOfId(relations: Relations, id: string, lang: LabelLanguage): string {
  const record = relations.resolve(id);
  return record ? labelOf(record, lang) : cleanLine(id);
}
