import type { RecordType, SearchHit } from "@korea-relations/core";

/** A group of search results of one kind. */
export interface HitGroup {
  readonly type: RecordType;
  readonly hits: readonly SearchHit[];
}

/**
 * Search results grouped by kind: groups in the order of their best hit, hits
 * in rank order within a group.
 */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<RecordType, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.type);
    if (list) list.push(hit);
    else groups.set(hit.type, [hit]);
  }
  return [...groups].map(([type, list]) => ({ type, hits: list }));
}
