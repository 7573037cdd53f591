import type { EventFilter, Relations } from "@korea-relations/core";
import type { TimelineDensity } from "./timelineDensity.js";

/**
 * Events per kind and year for a filter, from core's facets (one per kind,
 * each counted over that kind's events in core's columns and kept there): the
 * timeline's rows by kind without reading the events one by one. Kinds in
 * `order` first, then as core ranks them.
 */
export function kindDensity(
  r: Relations,
  filter: EventFilter,
  order: readonly string[],
): TimelineDensity {
  const all = r.facets(filter);
  const first = all.years[0]?.value;
  const last = all.years.at(-1)?.value;
  if (first === undefined || last === undefined) return { first: 0, last: -1, lanes: [], max: 0 };
  const rank = (kind: string) => {
    const at = order.indexOf(kind);
    return at < 0 ? order.length : at;
  };
  const kinds = all.kinds.map((f) => f.value).sort((a, b) => rank(a) - rank(b));
  let max = 0;
  const lanes = kinds.map((kind) => {
    const counts = new Array<number>(last - first + 1).fill(0);
    for (const year of r.facets({ ...filter, kinds: [kind] }).years) {
      counts[year.value - first] = year.count;
      if (year.count > max) max = year.count;
    }
    return { key: kind, counts };
  });
  return { first, last, lanes, max };
}
