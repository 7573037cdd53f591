import type { RelationsNetwork } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { networkLayout } from "./networkLayout.js";

const edge = (source: string, target: string, events: number) => ({
  source,
  target,
  events,
  eventIds: [],
  first: "2020",
  last: "2020",
});
const network: RelationsNetwork = {
  nodes: [
    { id: "KR", type: "country", events: 5 },
    { id: "DE", type: "country", events: 3 },
    { id: "JP", type: "country", events: 2 },
    { id: "FR", type: "country", events: 1 },
    { id: "si", type: "organization", events: 1 },
  ],
  edges: [
    edge("DE", "KR", 3),
    edge("JP", "KR", 2),
    edge("DE", "FR", 1),
    edge("FR", "KR", 1),
    edge("KR", "si", 1),
  ],
};

describe("networkLayout", () => {
  const layout = networkLayout(network, "KR");
  const node = (id: string) => layout.nodes.find((n) => n.id === id);
  const mid = layout.width / 2;

  it("puts the centre in the middle and the others on a ring inside the picture", () => {
    expect(node("KR")).toMatchObject({ x: mid, y: mid });
    const distances = ["DE", "JP", "FR", "si"].map((id) =>
      Math.hypot((node(id)?.x as number) - mid, (node(id)?.y as number) - mid),
    );
    for (const d of distances) expect(d).toBeCloseTo(distances[0] as number, 6);
    for (const n of layout.nodes) {
      expect(n.x - n.r).toBeGreaterThan(0);
      expect(n.x + n.r).toBeLessThan(layout.width);
    }
  });

  it("starts with the heaviest partner at the top, sizes by weight, labels outwards", () => {
    expect(node("DE")?.x).toBeCloseTo(mid, 6);
    expect(node("DE")?.y).toBeLessThan(mid);
    expect(node("KR")?.r).toBeGreaterThan(node("DE")?.r as number);
    expect(node("DE")?.r).toBeGreaterThan(node("FR")?.r as number);
    // Right half reads outwards from the node, left half too (flipped, anchored at the end).
    const right = layout.nodes.filter((n) => n.id !== "KR" && n.x > mid + 1);
    const left = layout.nodes.filter((n) => n.id !== "KR" && n.x < mid - 1);
    for (const n of right) expect(n.anchor).toBe("start");
    for (const n of left) expect(n.anchor).toBe("end");
    const de = layout.edges.find((e) => e.source === "DE" && e.target === "KR");
    const fr = layout.edges.find((e) => e.source === "FR" && e.target === "KR");
    expect(de?.width).toBeGreaterThan(fr?.width as number);
    expect(layout.edges.at(-1)).toBe(de);
    const side = layout.edges.find((e) => e.source === "DE" && e.target === "FR");
    expect(side?.central).toBe(false);
    expect(de?.central).toBe(true);
  });

  it("grows the ring with the number of nodes", () => {
    const many: RelationsNetwork = {
      nodes: Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, type: "country", events: 1 })),
      edges: [],
    };
    expect(networkLayout(many, "KR").width).toBeGreaterThan(layout.width);
  });

  it("works without the centre and without nodes", () => {
    const rest = networkLayout(network, "US");
    expect(rest.nodes).toHaveLength(5);
    expect(rest.edges).toHaveLength(5);
    expect(networkLayout({ nodes: [], edges: [] }, "KR")).toMatchObject({ nodes: [], edges: [] });
  });
});
