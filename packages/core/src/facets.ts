/**
 * What the events matching a filter are made of: kinds, topics and partners
 * with counts (most first, then by value) and the events per year from the
 * first to the last, empty years included — the one source of filter
 * choices and year charts for every front end. One pass over the matching
 * ranks in the event index's columns (no record read); the answers of the
 * latest filters are kept, so a page asking again (each filter list, then
 * the chart) counts once.
 */
import { EVENT_KINDS, type EventKind, type IdMap } from "@korea-relations/model";
import type { CheckedFilter, Coded, EventIndex } from "./EventIndex.js";
import type { Facet, Facets } from "./Relations.js";

/** Filters whose facets are kept per index, the least recently asked dropped first. */
const KEPT = 64;

const kept = new WeakMap<object, Map<string, Facets>>();

const ranked = <T extends string>(counts: Map<T, number>): readonly Facet<T>[] =>
  Object.freeze(
    [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([value, count]) => Object.freeze({ value, count })),
  );

export function facets<I extends IdMap>(index: EventIndex<I>, filter: CheckedFilter): Facets<I> {
  let cache = kept.get(index);
  if (!cache) {
    cache = new Map();
    kept.set(index, cache);
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

/** Counts of each numbered value over the ranks, as value → count (those counted only). */
function tally<T extends string>(
  column: Coded,
  ranks: readonly number[],
  skip: ReadonlySet<string>,
): Map<T, number> {
  const { values, from, codes } = column;
  const counts = new Int32Array(values.length);
  for (let i = 0; i < ranks.length; i++) {
    const rank = ranks[i] as number;
    for (let j = from[rank] as number; j < (from[rank + 1] as number); j++) {
      (counts[codes[j] as number] as number)++;
    }
  }
  const out = new Map<T, number>();
  for (let code = 0; code < values.length; code++) {
    const value = values[code] as T;
    if ((counts[code] as number) > 0 && !skip.has(value)) out.set(value, counts[code] as number);
  }
  return out;
}

function count<I extends IdMap>(index: EventIndex<I>, filter: CheckedFilter): Facets<I> {
  const ranks = index.ranks(filter);
  const { years, kinds, topics, countries } = index.columns;
  const own = new Set([...(filter.countries ?? []), ...(filter.involves ?? [])]);
  const perKind = new Int32Array(EVENT_KINDS.length);
  const perYear = new Int32Array(10_000);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < ranks.length; i++) {
    const rank = ranks[i] as number;
    (perKind[kinds[rank] as number] as number)++;
    const year = years[rank] as number;
    (perYear[year] as number)++;
    if (year < first) first = year;
    if (year > last) last = year;
  }
  const kindCounts = new Map<EventKind, number>();
  EVENT_KINDS.forEach((kind, i) => {
    if ((perKind[i] as number) > 0) kindCounts.set(kind, perKind[i] as number);
  });
  const yearList: Facet<number>[] = [];
  for (let year = first; year <= last; year++) {
    yearList.push(Object.freeze({ value: year, count: perYear[year] as number }));
  }
  return Object.freeze({
    total: ranks.length,
    kinds: ranked(kindCounts),
    topics: ranked(tally<I["topic"]>(topics, ranks, new Set())),
    partners: ranked(tally<I["country"]>(countries, ranks, own)),
    years: Object.freeze(yearList),
  });
}
