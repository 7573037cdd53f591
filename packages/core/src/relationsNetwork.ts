import { type IdMap, typeName } from "@korea-relations/model";
import { bucketed } from "./bucketed.js";
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
  // Nodes and pairs as numbers, in one pass over the events: each id once in
  // `slots`, each pair once (in its smaller slot's map), each event's pairs
  // as (pair, event) rows grouped by pair in one counting sort.
  const events = relations.findEvents(filter);
  const slots = new Map<string, number>();
  const nodes: { id: string; type: NetworkNode["type"]; events: number }[] = [];
  /** For each slot, the pair it makes with each larger slot. */
  const pairsOf: Map<number, number>[] = [];
  const pairOf: number[] = [];
  const rowPair: number[] = [];
  const rowEvent: number[] = [];
  const members: number[] = [];
  // Indexed loops: the records' arrays are frozen, which iterators walk slowly.
  const join = (list: readonly string[], isOrganization: boolean) => {
    for (let i = 0; i < list.length; i++) {
      const id = list[i] as string;
      let slot = slots.get(id);
      if (slot === undefined) {
        slot = nodes.length;
        slots.set(id, slot);
        nodes.push({ id, type: isOrganization ? "organization" : "country", events: 0 });
        pairsOf.push(new Map());
      }
      // An id listed twice in one event counts once.
      if (members.includes(slot)) continue;
      (nodes[slot] as (typeof nodes)[number]).events++;
      members.push(slot);
    }
  };
  for (let at = 0; at < events.length; at++) {
    const event = events[at] as (typeof events)[number];
    members.length = 0;
    join(event.countries, false);
    join(event.organizations, true);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i] as number;
        const b = members[j] as number;
        const low = Math.min(a, b);
        const high = Math.max(a, b);
        const map = pairsOf[low] as Map<number, number>;
        let pair = map.get(high);
        if (pair === undefined) {
          pair = pairOf.length / 2;
          map.set(high, pair);
          pairOf.push(low, high);
        }
        rowPair.push(pair);
        rowEvent.push(at);
      }
    }
  }
  const pairCount = pairOf.length / 2;
  const { from, to, values } = bucketed(rowPair, rowEvent, pairCount);
  const ids = nodes.map((node) => node.id);
  // Each id's place in id order: edges are sorted by numbers.
  const place = new Int32Array(ids.length);
  ids
    .map((_, slot) => slot)
    .sort((a, b) => order(ids[a] as string, ids[b] as string))
    .forEach((slot, i) => {
      place[slot] = i;
    });
  const edges: NetworkEdge[] = [];
  /** The id-order places of each edge's two ends, for sorting by numbers. */
  const ends: number[] = [];
  for (let pair = 0; pair < pairCount; pair++) {
    let x = pairOf[2 * pair] as number;
    let y = pairOf[2 * pair + 1] as number;
    if ((place[x] as number) > (place[y] as number)) [x, y] = [y, x];
    const eventIds: string[] = [];
    for (let k = from[pair] as number; k < (to[pair] as number); k++) {
      eventIds.push((events[values[k] as number] as (typeof events)[number]).id);
    }
    ends.push(place[x] as number, place[y] as number);
    edges.push({
      source: ids[x] as string,
      target: ids[y] as string,
      events: eventIds.length,
      eventIds,
      first: (events[values[from[pair] as number] as number] as (typeof events)[number]).date.value,
      last: (events[values[(to[pair] as number) - 1] as number] as (typeof events)[number]).date
        .value,
    });
  }
  return {
    nodes: nodes.sort(
      // Countries before organizations: in the names' order too.
      (a, b) => b.events - a.events || order(a.type, b.type) || order(a.id, b.id),
    ),
    edges: edges
      .map((_, i) => i)
      .sort(
        (a, b) =>
          (edges[b] as NetworkEdge).events - (edges[a] as NetworkEdge).events ||
          (ends[2 * a] as number) - (ends[2 * b] as number) ||
          (ends[2 * a + 1] as number) - (ends[2 * b + 1] as number),
      )
      .map((i) => edges[i] as NetworkEdge),
  };
}
