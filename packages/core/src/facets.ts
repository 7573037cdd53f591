/**
 * What the events matching a filter are made of: kinds, topics and partners
 * with counts (most first, then by value) and the events per year from the
 * first to the last, empty years included — the one source of filter
 * choices and year charts for every front end. One pass over the matching
 * events' ranks (years read from the index's column); the answers of the
 * latest filters are kept, so a page asking again (each filter list, then the
 * chart) counts once.
 */
import { EVENT_KINDS, type EventKind, type IdMap } from "@korea-relations/model";
import type { CheckedFilter, EventIndex } from "./EventIndex.js";
import type { Facet, Facets } from "./Relations.js";

/** Filters whose facets are kept per index, the least recently asked dropped first. */
const KEPT = 32;

const kept = new WeakMap<EventIndex, Map<string, Facets>>();

const ranked = <T extends string>(counts: Map<T, number>): readonly Facet<T>[] =>
  Object.freeze(
    [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([value, count]) => Object.freeze({ value, count })),
  );

const KIND_AT = new Map<string, number>(EVENT_KINDS.map((kind, i) => [kind, i]));

export function facets<I extends IdMap>(index: EventIndex<I>, filter: CheckedFilter): Facets<I> {
  let cache = kept.get(index as EventIndex);
  if (!cache) {
    cache = new Map();
    kept.set(index as EventIndex, cache);
  }
  const key = JSON.stringify(filter);
  const found = cache.get(key);
  if (found) {
    // Most recently asked last.
    cache.delete(key);
    cache.set(key, found);
    return found as Facets<I>;
  }
  const counted = count(index, filter);
  cache.set(key, counted as Facets);
  if (cache.size > KEPT) cache.delete(cache.keys().next().value as string);
  return counted;
}

function count<I extends IdMap>(index: EventIndex<I>, filter: CheckedFilter): Facets<I> {
  const ranks = index.ranks(filter);
  const { events, years } = index;
  const own = new Set([...(filter.countries ?? []), ...(filter.involves ?? [])]);
  const kinds = new Int32Array(EVENT_KINDS.length);
  const topics = new Map<I["topic"], number>();
  const partners = new Map<I["country"], number>();
  const perYear = new Int32Array(10_000);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < ranks.length; i++) {
    const rank = ranks[i] as number;
    const event = events[rank] as (typeof events)[number];
    kinds[KIND_AT.get(event.kind) as number]++;
    // Each value once per event: a repeated one counts where it first appears.
    const t = event.topics;
    for (let j = 0; j < t.length; j++) {
      const topic = t[j] as I["topic"];
      if (t.indexOf(topic) === j) topics.set(topic, (topics.get(topic) ?? 0) + 1);
    }
    const c = event.countries;
    for (let j = 0; j < c.length; j++) {
      const country = c[j] as I["country"];
      if (c.indexOf(country) === j && !own.has(country)) {
        partners.set(country, (partners.get(country) ?? 0) + 1);
      }
    }
    const year = years[rank] as number;
    perYear[year]++;
    if (year < first) first = year;
    if (year > last) last = year;
  }
  const kindCounts = new Map<EventKind, number>();
  EVENT_KINDS.forEach((kind, i) => {
    if ((kinds[i] as number) > 0) kindCounts.set(kind, kinds[i] as number);
  });
  const yearList: Facet<number>[] = [];
  for (let year = first; year <= last; year++) {
    yearList.push(Object.freeze({ value: year, count: perYear[year] as number }));
  }
  return Object.freeze({
    total: ranks.length,
    kinds: ranked(kindCounts),
    topics: ranked(topics),
    partners: ranked(partners),
    years: Object.freeze(yearList),
  });
}
