import type { Relations } from "@korea-relations/core";
import type { Detail, DetailRow } from "../details/Detail.js";

/**
 * The countries `t` opens the timeline of from a row: the row's own (a
 * partner: the pair), the country it links, else the record's.
 */
export function rowTimeline(
  relations: Relations,
  detail: Detail,
  row: DetailRow | undefined,
): readonly string[] {
  if (row?.timeline) return row.timeline;
  if (row?.ref !== undefined && relations.resolve(row.ref)?.type === "country") return [row.ref];
  return detail.timeline;
}
