import type { LabelLanguage, Relations, SearchHit } from "@korea-relations/core";

const SIZE = 64;
const cache = new WeakMap<Relations, Map<string, SearchHit[]>>();

/**
 * The core `search`, remembering the last 64 queries per dataset, so that
 * deleting characters while typing shows earlier results at once.
 */
export function cachedSearch(
  r: Relations,
  query: string,
  lang: LabelLanguage,
  limit: number,
): SearchHit[] {
  let map = cache.get(r);
  if (!map) {
    map = new Map();
    cache.set(r, map);
  }
  const key = `${lang}\u0000${limit}\u0000${query}`;
  const hit = map.get(key);
  if (hit) {
    // Most recently used last.
    map.delete(key);
    map.set(key, hit);
    return hit;
  }
  const hits = [...r.search(query, { lang, limit }).hits];
  map.set(key, hits);
  if (map.size > SIZE) map.delete(map.keys().next().value as string);
  return hits;
}
