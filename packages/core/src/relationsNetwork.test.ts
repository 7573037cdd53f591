import { fixture } from "@korea-relations/model/fixtures";
import { beforeEach, describe, expect, it } from "vitest";
import { synthetic } from "../bench/synthetic.js";
import { createRelations } from "./createRelations.js";
import { UnknownEntityError } from "./errors.js";
import { relationsNetwork } from "./relationsNetwork.js";

const build = () => createRelations(fixture);
// Built anew before each test: the indexes are then built while a test runs,
// so that mutation testing sees which tests cover them.
let r: ReturnType<typeof build>;
beforeEach(() => {
  r = build();
});

describe("relationsNetwork", () => {
  it("makes parties and organizations nodes, weighted by their events", () => {
    const { nodes } = relationsNetwork(r);
    expect(nodes).toEqual([
      { id: "KR", type: "country", events: 5 },
      { id: "DE", type: "country", events: 3 },
      { id: "FR", type: "country", events: 1 },
      { id: "JP", type: "country", events: 1 },
      { id: "stockholm-initiative", type: "organization", events: 1 },
    ]);
    // A subject (talked about, not a party) is no node.
    expect(nodes.map((n) => n.id)).not.toContain("KP");
  });

  it("joins every two members of an event, weighted by shared events", () => {
    const { edges } = relationsNetwork(r);
    expect(edges[0]).toEqual({
      source: "DE",
      target: "KR",
      events: 3,
      eventIds: ["2020-stockholm", "2020-press", "2020-dialogue"],
      first: "2020",
      last: "2020-08-10",
    });
    expect(edges.map((e) => `${e.source}-${e.target}:${e.events}`)).toEqual([
      "DE-KR:3",
      "DE-FR:1",
      "DE-stockholm-initiative:1",
      "FR-KR:1",
      "FR-stockholm-initiative:1",
      "JP-KR:1",
      "KR-stockholm-initiative:1",
    ]);
  });

  it("agrees with partners() on country pairs", () => {
    const { edges } = relationsNetwork(r);
    for (const partner of r.partners("KR")) {
      const [source, target] = [partner.country, "KR"].sort();
      const edge = edges.find((e) => e.source === source && e.target === target);
      expect(edge?.events).toBe(partner.events);
      expect(edge?.first).toBe(partner.first);
      expect(edge?.last).toBe(partner.last);
    }
  });

  it("takes an event filter", () => {
    const { nodes, edges } = relationsNetwork(r, { from: "2025" });
    expect(nodes.map((n) => n.id)).toEqual(["KR", "JP"]);
    expect(edges).toEqual([
      {
        source: "JP",
        target: "KR",
        events: 1,
        eventIds: ["2025-summit"],
        first: "2025-08-23",
        last: "2025-08-23",
      },
    ]);
    expect(relationsNetwork(r, { kinds: ["ruling"] })).toEqual({ nodes: [], edges: [] });
    expect(() => relationsNetwork(r, { countries: ["Atlantis"] })).toThrow(UnknownEntityError);
  });
});

/** The network worked out the plain way, as first written: members sorted per event, pairs by string key. */
function plainNetwork(r: ReturnType<typeof createRelations>) {
  const nodes = new Map<string, { id: string; type: string; events: number }>();
  const edges = new Map<
    string,
    { source: string; target: string; eventIds: string[]; dates: string[] }
  >();
  for (const event of r.findEvents()) {
    const members = [
      ...[...new Set(event.countries)].map((id) => ({ id, type: "country" })),
      ...[...new Set(event.organizations)].map((id) => ({ id, type: "organization" })),
    ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const m of members) {
      const node = nodes.get(m.id) ?? { ...m, events: 0 };
      node.events++;
      nodes.set(m.id, node);
    }
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [source, target] = [members[i]?.id ?? "", members[j]?.id ?? ""];
        const edge = edges.get(`${source}|${target}`) ?? {
          source,
          target,
          eventIds: [],
          dates: [],
        };
        edge.eventIds.push(event.id);
        edge.dates.push(event.date.value);
        edges.set(`${source}|${target}`, edge);
      }
    }
  }
  const by = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    nodes: [...nodes.values()].sort(
      (a, b) => b.events - a.events || by(a.type, b.type) || by(a.id, b.id),
    ),
    edges: [...edges.values()]
      .map(({ source, target, eventIds, dates }) => ({
        source,
        target,
        events: eventIds.length,
        eventIds,
        first: dates[0],
        last: dates.at(-1),
      }))
      .sort((a, b) => b.events - a.events || by(a.source, b.source) || by(a.target, b.target)),
  };
}

describe("relationsNetwork over a synthetic dataset", () => {
  it("finds what the plain walk finds, in the same order", () => {
    const records = synthetic(3000, 3);
    const first = records.find((x) => x.type === "event");
    // One event naming a country and an organization twice: each counted once.
    const twice = {
      ...first,
      id: "twice",
      countries: ["KR", "JP", "KR"],
      organizations: ["org-1", "org-1"],
    };
    const big = createRelations([...records, twice] as typeof records);
    const network = relationsNetwork(big);
    expect(network.edges.length).toBeGreaterThan(500);
    expect(network).toEqual(plainNetwork(big));
  });
});
