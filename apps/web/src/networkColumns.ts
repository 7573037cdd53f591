import type { NetworkEdge, NetworkNode, RelationsNetwork } from "@korea-relations/core";

/**
 * A relations network as it crosses from the search worker to the page:
 * its edges as columns of numbers and its event ids as one string. At 100k
 * events a network has some 30,000 edges naming 140,000 events, which as
 * objects and strings took the page about 70 ms to receive, in one task.
 */
export interface NetworkColumns {
  readonly nodes: readonly NetworkNode[];
  /** Per edge, two places in `nodes`: its source's and its target's. */
  readonly ends: Int32Array;
  /** Per edge, its number of shared events. */
  readonly events: Int32Array;
  /** Per edge, two places in `dates`: its first and its last date. */
  readonly when: Int32Array;
  /** Each date once. */
  readonly dates: readonly string[];
  /** Every edge's event ids in turn, one a line. */
  readonly ids: string;
  /** The buffers to transfer (not copy) with a message. */
  readonly buffers: readonly ArrayBuffer[];
}

/** `network` as columns; throws for an event id with a line break (a dataset's ids are kebab-case). */
export function toColumns(network: RelationsNetwork): NetworkColumns {
  const place = new Map(network.nodes.map((node, i) => [node.id, i]));
  const dates = new Map<string, number>();
  const dateAt = (date: string) => {
    let at = dates.get(date);
    if (at === undefined) {
      at = dates.size;
      dates.set(date, at);
    }
    return at;
  };
  const n = network.edges.length;
  const ends = new Int32Array(2 * n);
  const events = new Int32Array(n);
  const when = new Int32Array(2 * n);
  const ids: string[] = [];
  network.edges.forEach((edge, i) => {
    ends[2 * i] = place.get(edge.source) ?? -1;
    ends[2 * i + 1] = place.get(edge.target) ?? -1;
    events[i] = edge.eventIds.length;
    when[2 * i] = dateAt(edge.first);
    when[2 * i + 1] = dateAt(edge.last);
    for (const id of edge.eventIds) {
      if (id.includes("\n"))
        throw new RangeError(`event id with a line break: ${JSON.stringify(id)}`);
      ids.push(id);
    }
    if (edge.events !== edge.eventIds.length)
      throw new RangeError("an edge's count is not its ids'");
  });
  return {
    nodes: network.nodes,
    ends,
    events,
    when,
    dates: [...dates.keys()],
    ids: ids.join("\n"),
    buffers: [ends.buffer, events.buffer, when.buffer],
  };
}

/** Every edge's event ids, split when first asked. */
class EventIds {
  #all: string[] | undefined;
  constructor(readonly text: string) {}
  get all(): string[] {
    this.#all ??= this.text === "" ? [] : this.text.split("\n");
    return this.#all;
  }
}

/** An edge read from columns: plain fields, and its ids from the shared list when asked. */
class ColumnEdge implements NetworkEdge {
  readonly #start: number;
  readonly #ids: EventIds;
  constructor(
    readonly source: string,
    readonly target: string,
    readonly events: number,
    readonly first: string,
    readonly last: string,
    start: number,
    ids: EventIds,
  ) {
    this.#start = start;
    this.#ids = ids;
  }
  get eventIds(): readonly string[] {
    return this.#ids.all.slice(this.#start, this.#start + this.events);
  }
}

/**
 * The network `columns` hold; each edge's `eventIds` read from them when
 * first asked. Edges are instances of one small class (objects with a getter
 * each made 30,000 closures).
 */
export function fromColumns(columns: NetworkColumns): RelationsNetwork {
  const { nodes, ends, events, when, dates } = columns;
  const ids = new EventIds(columns.ids);
  const n = events.length;
  const edges: NetworkEdge[] = new Array(n);
  let from = 0;
  for (let i = 0; i < n; i++) {
    const count = events[i] as number;
    edges[i] = new ColumnEdge(
      nodes[ends[2 * i] as number]?.id ?? "",
      nodes[ends[2 * i + 1] as number]?.id ?? "",
      count,
      dates[when[2 * i] as number] ?? "",
      dates[when[2 * i + 1] as number] ?? "",
      from,
      ids,
    );
    from += count;
  }
  return { nodes, edges };
}
