import type { Relation } from "@korea-relations/core";
import type { Detail } from "./Detail.js";

/**
 * The records a detail view links, by core relation (as `relatedRecords`
 * names them), each id once, in the order shown: what a test compares
 * across front ends.
 */
export function detailLinks(detail: Detail): Partial<Record<Relation, string[]>> {
  const links: Partial<Record<Relation, string[]>> = {};
  for (const section of detail.sections) {
    for (const row of section.rows) {
      if (row.relation === undefined || row.ref === undefined) continue;
      const list = links[row.relation] ?? [];
      if (!list.includes(row.ref)) list.push(row.ref);
      links[row.relation] = list;
    }
  }
  return links;
}
