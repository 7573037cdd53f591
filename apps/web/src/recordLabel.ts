import type { DatasetRecord, LabelLanguage } from "@korea-relations/core";

/** A record's name or title in a language; an office reads "Person: title". */
export function recordLabel(
  record: DatasetRecord,
  lang: LabelLanguage,
  get: (id: string) => DatasetRecord | undefined,
): string {
  switch (record.type) {
    case "country":
    case "place":
      return record.names[lang];
    case "organization":
      return record.names?.[lang] ?? record.name;
    case "person":
      return record.name;
    case "topic":
      return record.label[lang];
    case "event":
    case "agreement":
      return record.title[lang];
    case "quote":
      return record.text;
    case "office": {
      const person = get(record.person);
      return `${person ? recordLabel(person, lang, get) : record.person}: ${record.label[lang]}`;
    }
    case "source": {
      if (record.title) return record.title.value;
      const summary = record.summary[lang];
      return summary.length <= 90 ? summary : `${summary.slice(0, 89).trimEnd()}…`;
    }
  }
}
