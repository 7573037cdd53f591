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
    case "person":
      return dataset.people;
    case "organization":
      return dataset.organizations;
    case "place":
      return dataset.places;
    case "topic":
      return dataset.topics;
    case "source":
      return dataset.sources;
    case "office":
      return dataset.offices;
  }
};

/** Each dataset's lists in name order, by language and type (sorted once). */
const sortedLists = new WeakMap<Relations, Map<string, readonly DatasetRecord[]>>();

/**
 * The records of a type worth listing, in reading order: events and other
 * dated records by date, the rest by name. Of the 250 countries, those that
 * take part in or are the subject of an event, or are evidenced by a source.
 */
export function browseRecords(type: RecordType, ctx: ViewContext): DatasetRecord[] {
  const records = listed(type, ctx);
  if (type === "event" || type === "agreement" || type === "quote") return [...records];
  let lists = sortedLists.get(ctx.r);
  if (!lists) {
    lists = new Map();
    sortedLists.set(ctx.r, lists);
  }
  const key = `${ctx.lang} ${type}`;
  let sorted = lists.get(key);
  if (!sorted) {
    const compare = collator(ctx.lang).compare;
    const labels = records.map((r) => ctx.r.recordLabel(r, ctx.lang));
    sorted = records
      .map((_, i) => i)
      .sort((a, b) => compare(labels[a] as string, labels[b] as string))
      .map((i) => records[i] as DatasetRecord);
    lists.set(key, sorted);
  }
  return [...sorted];
}

/** How many records `browseRecords` lists, without sorting them. */
export function browseCount(type: RecordType, ctx: ViewContext): number {
  return listed(type, ctx).length;
}
