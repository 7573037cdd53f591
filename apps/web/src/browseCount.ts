import type { Dataset, DatasetRecord, RecordType, Relations } from "@korea-relations/core";
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

/** Each type's records in core's `Dataset`: its plural. */
const group = (type: Exclude<RecordType, "country">) =>
  (type === "person" ? "people" : `${type}s`) as Exclude<keyof Dataset, "records" | "countries">;

/** The records of a type worth listing, in the dataset's order. */
export const listed = (type: RecordType, ctx: ViewContext): readonly DatasetRecord[] => {
  const { dataset } = ctx.r;
  if (type !== "country") return dataset[group(type)];
  const withEvents = countriesWithEvents(ctx.r);
  return dataset.countries.filter((c) => (c.evidence?.length ?? 0) > 0 || withEvents.has(c.id));
};

/** How many records `browseRecords` lists, without sorting them. */
export function browseCount(type: RecordType, ctx: ViewContext): number {
  return listed(type, ctx).length;
}
