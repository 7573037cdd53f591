import type { RelationsNetwork } from "@korea-relations/core";

export interface PlacedNode {
  readonly id: string;
  readonly type: "country" | "organization";
  readonly events: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Where the label starts, its rotation (degrees, about that point) and which way it runs. */
  readonly labelX: number;
  readonly labelY: number;
  readonly rotate: number;
  readonly anchor: "start" | "middle" | "end";
}

export interface PlacedEdge {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  /** A quadratic curve from (x1, y1) to (x2, y2) through control point (qx, qy). */
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly qx: number;
  readonly qy: number;
  readonly width: number;
  /** Whether it joins the centre. */
  readonly central: boolean;
}

export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
}

export interface NetworkOptions {
  /** Room for a label beyond its node, in px (the caller shortens longer labels). */
  readonly labelRoom?: number;
  /** Least distance between neighbours on the ring, in px. */
  readonly spacing?: number;
}

/**
 * A radial layout: `centre` in the middle, every other node on a ring with
 * its label running outwards, the centre's closest partners first clockwise
 * from the top. The ring grows with the number of nodes; node area grows with
 * events, line width with shared events. Lines between two ring nodes bend
 * towards the middle so they stay apart from the centre's own lines.
 */
export function networkLayout(
  network: RelationsNetwork,
  centre: string,
  options: NetworkOptions = {},
): NetworkLayout {
  const labelRoom = options.labelRoom ?? 150;
  const spacing = options.spacing ?? 24;
  const hasCentre = network.nodes.some((n) => n.id === centre);
  const others = network.nodes.filter((n) => n.id !== centre);
  const maxEvents = Math.max(1, ...network.nodes.map((n) => n.events));
  const radius = (events: number) => 4 + 14 * Math.sqrt(events / maxEvents);
  const ring = Math.max(hasCentre ? 110 : 60, (others.length * spacing) / (2 * Math.PI));
  const half = ring + 18 + 6 + labelRoom;
  const size = Math.ceil(2 * half);
  const cx = size / 2;
  const cy = size / 2;

  const weightToCentre = new Map<string, number>();
  for (const edge of network.edges) {
    if (edge.source === centre) weightToCentre.set(edge.target, edge.events);
    if (edge.target === centre) weightToCentre.set(edge.source, edge.events);
  }
  others.sort(
    (a, b) =>
      (weightToCentre.get(b.id) ?? 0) - (weightToCentre.get(a.id) ?? 0) ||
      b.events - a.events ||
      (a.id < b.id ? -1 : 1),
  );
  const nodes: PlacedNode[] = [];
  const centreNode = network.nodes.find((n) => n.id === centre);
  if (centreNode) {
    const r = radius(centreNode.events);
    nodes.push({
      ...centreNode,
      x: cx,
      y: cy,
      r,
      labelX: cx,
      labelY: cy + r + 16,
      rotate: 0,
      anchor: "middle",
    });
  }
  others.forEach((node, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(1, others.length);
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const r = radius(node.events);
    const x = cx + ring * cos;
    const y = cy + ring * sin;
    const left = cos < -1e-9;
    const degrees = (angle * 180) / Math.PI;
    nodes.push({
      id: node.id,
      type: node.type,
      events: node.events,
      x,
      y,
      r,
      labelX: x + (r + 5) * cos,
      labelY: y + (r + 5) * sin,
      rotate: left ? degrees + 180 : degrees,
      anchor: left ? "end" : "start",
    });
  });

  const at = new Map(nodes.map((n) => [n.id, n]));
  const maxShared = Math.max(1, ...network.edges.map((e) => e.events));
  const edges: PlacedEdge[] = [];
  for (const edge of network.edges) {
    const a = at.get(edge.source);
    const b = at.get(edge.target);
    if (!a || !b) continue;
    const central = edge.source === centre || edge.target === centre;
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    edges.push({
      source: edge.source,
      target: edge.target,
      events: edge.events,
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      qx: central ? mx : mx + (cx - mx) * 0.55,
      qy: central ? my : my + (cy - my) * 0.55,
      width: 1 + 9 * Math.sqrt(edge.events / maxShared),
      central,
    });
  }
  // Light lines first, so heavy ones stay on top.
  edges.sort((p, q) => p.events - q.events || Number(p.central) - Number(q.central));
  return { width: size, height: size, nodes, edges };
}
