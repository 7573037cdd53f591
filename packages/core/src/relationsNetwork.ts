import { type IdMap, typeName } from "@korea-relations/model";
import type { EventFilter, Relations } from "./Relations.js";

/** A country or organization taking part in events. */
export interface NetworkNode {
  /** ISO alpha-2 code of a country, or an organization id. */
  readonly id: string;
  readonly type: "country" | "organization";
  /** Number of events it takes part in. */
  readonly events: number;
}

/** Two nodes that take part in the same events. */
export interface NetworkEdge {
  /** The smaller id of the two (code-unit order). */
  readonly source: string;
  readonly target: string;
  /** Number of shared events: the edge's weight. */
  readonly events: number;
  /** Ids of the shared events, in date order. */
  readonly eventIds: readonly string[];
  /** Date (`value`) of the first and last shared event. */
  readonly first: string;
  readonly last: string;
}

/** Who takes part in events with whom, weighted by shared events. */
export interface RelationsNetwork {
  /** Most events first, then countries before organizations, then id. */
  readonly nodes: readonly NetworkNode[];
  /** Heaviest first, then by `source` and `target`. */
  readonly edges: readonly NetworkEdge[];
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The relations network of the events `filter` selects (every event without
 * one): countries that are parties (not subjects) and organizations that take
 * part are nodes; two nodes are joined by an edge weighted by the number of
 * events in which both take part.
 *
 * ```ts
 * const { nodes, edges } = relationsNetwork(builtin(), { from: "2020" });
 * edges[0]; // the heaviest edge: { source, target, events, eventIds, first, last }
 * ```
 */
export function relationsNetwork<I extends IdMap>(
  relations: Relations<I>,
  filter?: EventFilter<I>,
): RelationsNetwork {
  if (
    typeof relations !== "object" ||
    relations === null ||
    typeof (relations as { findEvents?: unknown }).findEvents !== "function"
  ) {
    throw new TypeError(
      `relationsNetwork(relations) must be the result of createRelations or builtin(), got ${typeName(relations)}`,
    );
  }
  const nodes = new Map<string, { id: string; type: NetworkNode["type"]; events: number }>();
  const edges = new Map<
    string,
    { source: string; target: string; events: string[]; dates: string[] }
  >();
  for (const event of relations.findEvents(filter)) {
    const members = [
      ...[...new Set(event.countries)].map((id) => ({ id, type: "country" as const })),
      ...[...new Set(event.organizations)].map((id) => ({ id, type: "organization" as const })),
    ].sort((a, b) => order(a.id, b.id));
    for (const member of members) {
      const node = nodes.get(member.id);
      if (node) node.events++;
      else nodes.set(member.id, { ...member, events: 1 });
    }
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const source = (members[i] as { id: string }).id;
        const target = (members[j] as { id: string }).id;
        const key = `${source}|${target}`;
        const edge = edges.get(key);
        if (edge) {
          edge.events.push(event.id);
          edge.dates.push(event.date.value);
        } else edges.set(key, { source, target, events: [event.id], dates: [event.date.value] });
      }
    }
  }
  const typeRank = (type: NetworkNode["type"]) => (type === "country" ? 0 : 1);
  return {
    nodes: [...nodes.values()].sort(
      (a, b) => b.events - a.events || typeRank(a.type) - typeRank(b.type) || order(a.id, b.id),
    ),
    edges: [...edges.values()]
      .map((edge) => ({
        source: edge.source,
        target: edge.target,
        events: edge.events.length,
        eventIds: edge.events,
        first: edge.dates[0] as string,
        last: edge.dates.at(-1) as string,
      }))
      .sort(
        (a, b) => b.events - a.events || order(a.source, b.source) || order(a.target, b.target),
      ),
  };
}
