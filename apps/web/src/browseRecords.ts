import type { DatasetRecord, RecordType } from "@korea-relations/core";
import type { ViewContext } from "./viewContext.js";

/**
 * The records of a type worth listing, in reading order: events and other
 * dated records by date, the rest by name. Of the 250 countries, those that
 * take part in or are the subject of an event (core's `describe` counts both)
 * or are evidenced by a source.
 */
export function browseRecords(type: RecordType, ctx: ViewContext): DatasetRecord[] {
  const { dataset } = ctx.r;
  const label = (record: DatasetRecord) => ctx.r.recordLabel(record, ctx.lang);
  const byName = (a: DatasetRecord, b: DatasetRecord) => label(a).localeCompare(label(b), ctx.lang);
  switch (type) {
    case "event":
      return [...dataset.events];
    case "agreement":
      return [...dataset.agreements];
    case "quote":
      return [...dataset.quotes];
    case "country":
      return dataset.countries
        .filter((c) => {
          if ((c.evidence?.length ?? 0) > 0) return true;
          const d = ctx.r.describe(c, ctx.lang);
          return d.type === "country" && d.events + d.eventsAbout > 0;
        })
        .sort(byName);
    default:
      return dataset.records.filter((record) => record.type === type).sort(byName);
  }
}
