import type { DatasetRecord, RecordType, Relations } from "@korea-relations/core";
import { collator } from "./collator.js";
import type { ViewContext } from "./viewContext.js";

/** Countries that take part in an event or are its subject, per dataset (worked out once). */
const eventCountries = new WeakMap<Relations, ReadonlySet<string>>();

function countriesWithEvents(r: Relations): ReadonlySet<string> {
  let set = eventCountries.get(r);
  if (!set) {
    const found = new Set<string>();
    for (const e of r.dataset.events) {
      for (const c of e.countries) found.add(c);
      for (const c of e.subjects) found.add(c);
    }
    set = found;
    eventCountries.set(r, set);
  }
  return set;
}

const listed = (type: RecordType, ctx: ViewContext): readonly DatasetRecord[] => {
  const { dataset } = ctx.r;
  switch (type) {
    case "event":
      return dataset.events;
    case "agreement":
      return dataset.agreements;
    case "quote":
      return dataset.quotes;
    case "country": {
      const withEvents = countriesWithEvents(ctx.r);
      return dataset.countries.filter((c) => (c.evidence?.length ?? 0) > 0 || withEvents.has(c.id));
    }
    default:
      return dataset.records.filter((record) => record.type === type);
  }
};

/**
 * The records of a type worth listing, in reading order: events and other
 * dated records by date, the rest by name. Of the 250 countries, those that
 * take part in or are the subject of an event, or are evidenced by a source.
 */
export function browseRecords(type: RecordType, ctx: ViewContext): DatasetRecord[] {
  const records = [...listed(type, ctx)];
  if (type === "event" || type === "agreement" || type === "quote") return records;
  const compare = collator(ctx.lang).compare;
  const labels = new Map(records.map((r) => [r.id, ctx.r.recordLabel(r, ctx.lang)]));
  return records.sort((a, b) => compare(labels.get(a.id) ?? "", labels.get(b.id) ?? ""));
}

/** How many records `browseRecords` lists, without sorting them. */
export function browseCount(type: RecordType, ctx: ViewContext): number {
  return listed(type, ctx).length;
}
