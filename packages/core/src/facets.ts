/**
 * What the events matching a filter are made of: kinds, topics and partners
 * with counts (most first, then by value) and the events per year from the
 * first to the last, empty years included — the one source of filter
 * choices and year charts for every front end.
 */
import type { EventKind, IdMap } from "@korea-relations/model";
import type { CheckedFilter, EventIndex } from "./EventIndex.js";
import type { Facet, Facets } from "./Relations.js";

const ranked = <T extends string>(counts: Map<T, number>): readonly Facet<T>[] =>
  Object.freeze(
    [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([value, count]) => Object.freeze({ value, count })),
  );

const add = <T>(counts: Map<T, number>, key: T) => counts.set(key, (counts.get(key) ?? 0) + 1);

export function facets<I extends IdMap>(index: EventIndex<I>, filter: CheckedFilter): Facets<I> {
  const events = index.find(filter);
  const own = new Set([...(filter.countries ?? []), ...(filter.involves ?? [])]);
  const kinds = new Map<EventKind, number>();
  const topics = new Map<I["topic"], number>();
  const partners = new Map<I["country"], number>();
  const years = new Map<number, number>();
  for (const event of events) {
    add(kinds, event.kind);
    for (const topic of new Set(event.topics)) add(topics, topic);
    for (const country of new Set(event.countries)) if (!own.has(country)) add(partners, country);
    add(years, Number(event.date.value.slice(0, 4)));
  }
  const known = [...years.keys()];
  const yearList: Facet<number>[] = [];
  if (known.length > 0) {
    const first = Math.min(...known);
    const last = Math.max(...known);
    for (let year = first; year <= last; year++) {
      yearList.push(Object.freeze({ value: year, count: years.get(year) ?? 0 }));
    }
  }
  return Object.freeze({
    total: events.length,
    kinds: ranked(kinds),
    topics: ranked(topics),
    partners: ranked(partners),
    years: Object.freeze(yearList),
  });
}
