import { builtin, relationsNetwork } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { fromColumns, toColumns } from "./networkColumns.js";

/** An edge as plain data (its ids read). */
const plain = (network: ReturnType<typeof relationsNetwork>) => ({
  nodes: network.nodes,
  edges: network.edges.map((e) => ({
    source: e.source,
    target: e.target,
    events: e.events,
    eventIds: [...e.eventIds],
    first: e.first,
    last: e.last,
  })),
});

describe("network columns", () => {
  it("carry the built-in network whole, through a structured clone", () => {
    const network = relationsNetwork(builtin());
    expect(network.edges.length).toBeGreaterThan(10);
    const columns = toColumns(network);
    const received = fromColumns(structuredClone(columns));
    expect(plain(received)).toEqual(plain(network));
  });

  it("carry a network with no edges, and edges with no events", () => {
    const nodes = [{ id: "KR", type: "country" as const, events: 0 }];
    expect(plain(fromColumns(toColumns({ nodes, edges: [] })))).toEqual({ nodes, edges: [] });
    const edges = [
      { source: "JP", target: "KR", events: 0, eventIds: [], first: "2020", last: "2021" },
      { source: "KR", target: "US", events: 1, eventIds: ["a"], first: "2020", last: "2020" },
    ];
    const both = [...nodes, { id: "JP", type: "country" as const, events: 0 }];
    const network = { nodes: [...both, { id: "US", type: "country" as const, events: 1 }], edges };
    expect(plain(fromColumns(toColumns(network)))).toEqual(network);
  });

  it("refuse an id they could not carry", () => {
    const nodes = [{ id: "KR", type: "country" as const, events: 1 }];
    const edges = [
      { source: "KR", target: "KR", events: 1, eventIds: ["a\nb"], first: "2020", last: "2020" },
    ];
    expect(() => toColumns({ nodes, edges })).toThrow(/line break/);
  });
});
