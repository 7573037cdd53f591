import type { DatasetRecord } from "./types.js";

/** The names a record is found by: its id, names in every language, native name and aliases. */
export function recordNames(record: DatasetRecord): string[] {
  switch (record.type) {
    case "country":
      return [record.id, record.alpha3, ...Object.values(record.names), ...record.aliases];
    case "place":
      return [...Object.values(record.names), ...nativeOf(record), ...record.aliases];
    case "organization":
      return [
        record.name,
        ...(record.names ? Object.values(record.names) : []),
        ...nativeOf(record),
        ...record.aliases,
      ];
    case "person":
      return [record.name, ...nativeOf(record), ...record.aliases];
    case "topic":
      return [...Object.values(record.label), ...record.aliases];
    default:
      return [];
  }
}

function nativeOf(record: { readonly native?: { readonly name: string } }): string[] {
  return record.native ? [record.native.name] : [];
}
