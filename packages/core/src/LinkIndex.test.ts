import { type DatasetRecord, type Relation, referencesOf } from "@korea-relations/model";
import {
  agreement,
  event,
  fixture,
  organization,
  place,
  quote,
  source,
} from "@korea-relations/model/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validDatasets } from "../bench/arbitraries.js";
import { synthetic } from "../bench/synthetic.js";
import { builtin } from "./builtin.js";
import { checkDataset } from "./checkDataset.js";
import { LinkIndex } from "./LinkIndex.js";
import { RecordStore } from "./RecordStore.js";
import type { RelatedRecords } from "./Relations.js";
import { recordLabel } from "./recordLabel.js";

function linksOf(records: readonly DatasetRecord[] = fixture) {
  const store = new RecordStore(checkDataset(records));
  const index = new LinkIndex(store, (record) => recordLabel(record, "en", (id) => store.get(id)));
  return (id: string) => index.related(store.get(id) as DatasetRecord);
}
const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((r) => r.id);

/**
 * Every reference from A to B shows in A's links under its relation and in
 * B's under its inverse. Returns the problems found (none when symmetric).
 */
function asymmetries(
  records: readonly DatasetRecord[],
  related: (id: string) => RelatedRecords,
): string[] {
  const cache = new Map<string, RelatedRecords>();
  const linksOfId = (id: string) => {
    let links = cache.get(id);
    if (!links) {
      links = related(id);
      cache.set(id, links);
    }
    return links.links;
  };
  const problems: string[] = [];
  let references = 0;
  for (const record of records) {
    for (const [reference, path, target] of referencesOf(record)) {
      references++;
      const forward = linksOfId(record.id)[reference.relation as Relation] ?? [];
      if (!forward.some((r) => r.id === target)) {
        problems.push(
          `${record.id} ${path} → ${target}: not in ${record.id}'s ${reference.relation}`,
        );
      }
      const back = linksOfId(target)[reference.inverse as Relation] ?? [];
      if (!back.some((r) => r.id === record.id)) {
        problems.push(
          `${record.id} ${path} → ${target}: ${record.id} not in ${target}'s ${reference.inverse}`,
        );
      }
    }
  }
  if (references === 0) problems.push("no references at all");
  return problems;
}

describe("relatedRecords is symmetric", () => {
  it("over the fixture", () => {
    expect(asymmetries(fixture, linksOf())).toEqual([]);
  });

  it("over the built-in dataset", () => {
    const relations = builtin();
    expect(asymmetries(relations.dataset.records, (id) => relations.relatedRecords(id))).toEqual(
      [],
    );
  });

  it("over a synthetic dataset", () => {
    const records = synthetic(400, 3);
    expect(asymmetries(records, linksOf(records))).toEqual([]);
  });

  it("over generated datasets holding every kind of reference", () => {
    fc.assert(
      fc.property(validDatasets, (records) => {
        expect(asymmetries(records, linksOf(records))).toEqual([]);
      }),
      { numRuns: 60, seed: 5 },
    );
  });

  it("and the check would see a missing link", () => {
    const related = linksOf();
    const dropped = (id: string): RelatedRecords => {
      const links = related(id);
      if (id !== "tokyo") return links;
      const { eventsHeld: _, ...rest } = links.links;
      return { ...links, links: rest };
    };
    expect(asymmetries(fixture, dropped)).toEqual([
      "2025-summit place.id → tokyo: 2025-summit not in tokyo's eventsHeld",
    ]);
  });
});

describe("relatedRecords names each relation", () => {
  const records = [
    ...fixture,
    place({ id: "seoul", names: { en: "Seoul", de: "Seoul" }, country: "KR" }),
    event({
      id: "forum",
      kind: "forum",
      date: { value: "2024-05-01", basis: "stated" },
      countries: ["KR", "JP"],
      place: { id: "seoul", basis: "stated" },
      topics: ["pandemic"],
    }),
    event({
      id: "side-meeting",
      partOf: "forum",
      date: { value: "2024-05-02", basis: "stated" },
      countries: ["KR"],
      subjects: ["JP"],
      organizations: ["stockholm-initiative"],
    }),
    agreement({
      id: "forum-pact",
      parties: ["KR", "JP"],
      event: "forum",
      topics: ["pandemic"],
      date: { value: "2024-05-01", basis: "stated" },
    }),
    quote({
      id: "forum-quote",
      speaker: "kang-kyung-wha",
      event: "forum",
      topics: ["pandemic"],
      date: { value: "2024-05-01", basis: "stated" },
    }),
    organization({ id: "club", name: "Club", members: ["KR", "stockholm-initiative"] }),
  ];
  const related = linksOf(records);
  const links = (id: string) => related(id).links;

  it("place: events held there, its country, and the agreements and quotes at those events", () => {
    expect(links("seoul")).toMatchObject({ country: [{ id: "KR" }] });
    expect(ids(links("seoul").eventsHeld)).toEqual(["forum"]);
    expect(ids(links("seoul").agreements)).toEqual(["forum-pact"]);
    expect(ids(links("seoul").quotes)).toEqual(["forum-quote"]);
    expect(ids(links("KR").places)).toEqual(["seoul"]);
  });

  it("event: its parts, and the event it is part of", () => {
    expect(ids(links("forum").parts)).toEqual(["side-meeting"]);
    expect(ids(links("side-meeting").partOf)).toEqual(["forum"]);
    expect(ids(links("forum").agreements)).toEqual(["forum-pact"]);
    expect(ids(links("forum").quotes)).toEqual(["forum-quote"]);
    expect(ids(links("forum").place)).toEqual(["seoul"]);
  });

  it("topic: its events, agreements and quotes", () => {
    expect(ids(links("pandemic").events)).toEqual(["2020-press", "2020-dialogue", "forum"]);
    expect(ids(links("pandemic").agreements)).toEqual(["forum-pact"]);
    expect(ids(links("pandemic").quotes)).toEqual(["maas-pandemic", "forum-quote"]);
  });

  it("country: events as a party and events about it, kept apart", () => {
    expect(ids(links("JP").events)).toEqual(["forum", "2025-summit"]);
    expect(ids(links("JP").eventsAbout)).toEqual(["side-meeting"]);
    expect(ids(links("KP").events)).toEqual([]);
    expect(ids(links("KP").eventsAbout)).toEqual(["2020-dialogue"]);
    expect(ids(links("JP").agreements)).toEqual(["forum-pact", "2025-declaration"]);
    expect(ids(links("KR").nationals)).toEqual(["kang-kyung-wha"]);
    expect(ids(links("KR").offices)).toEqual(["kang-diplomat-2010", "kang-fm-2020"]);
    expect(ids(links("KR").memberOf)).toEqual(["club", "stockholm-initiative"]);
    // Quotes said at its events.
    expect(ids(links("JP").quotes)).toEqual(["forum-quote", "ishiba-neighbours"]);
  });

  it("person: offices, events, quotes, and the agreements reached at their events", () => {
    expect(ids(links("kang-kyung-wha").offices)).toEqual(["kang-diplomat-2010", "kang-fm-2020"]);
    expect(ids(links("kang-kyung-wha").events)).toEqual(["2020-dialogue"]);
    expect(ids(links("kang-kyung-wha").quotes)).toEqual(["forum-quote"]);
    expect(ids(links("ishiba-shigeru").agreements)).toEqual(["2025-declaration"]);
    expect(ids(links("kang-kyung-wha").nationality)).toEqual(["KR"]);
  });

  it("organization: members, what it is a member of, events", () => {
    expect(ids(links("stockholm-initiative").members)).toEqual(["DE", "KR"].map((id) => id));
    expect(ids(links("stockholm-initiative").memberOf)).toEqual(["club"]);
    expect(ids(links("stockholm-initiative").events)).toEqual(["2020-stockholm", "side-meeting"]);
    expect(ids(links("club").members)).toEqual(["KR", "stockholm-initiative"]);
  });

  it("source: everything it evidences", () => {
    const evidenced = ids(links("src-b").evidences);
    expect(evidenced).toEqual(
      expect.arrayContaining([
        "2025-summit",
        "2025-scm",
        "2025-declaration",
        "ishiba-neighbours",
        "ishiba-pm-2025",
        "ishiba-shigeru",
        "src-b",
        "tokyo",
      ]),
    );
    expect(evidenced).toHaveLength(8);
    expect(ids(links("2025-summit").sources)).toEqual(["src-b"]);
  });

  it("office: holder, country, and the events it was held at", () => {
    expect(ids(links("kang-fm-2020").holder)).toEqual(["kang-kyung-wha"]);
    expect(ids(links("kang-fm-2020").country)).toEqual(["KR"]);
    expect(ids(links("kang-fm-2020").events)).toEqual(["2020-dialogue"]);
  });

  it("lists only relations with records, each record once", () => {
    const twice = linksOf([
      ...fixture,
      event({ id: "twice", countries: ["JP", "JP"], topics: ["pandemic", "pandemic"] }),
    ]);
    expect(ids(twice("twice").links.parties)).toEqual(["JP"]);
    expect(ids(twice("JP").links.events).filter((id) => id === "twice")).toHaveLength(1);
    for (const list of Object.values(links("tokyo"))) expect(list.length).toBeGreaterThan(0);
    expect(Object.keys(links("KP"))).toEqual(["eventsAbout"]);
  });

  it("orders dated records by date, the others by label, then id", () => {
    // Events: 2020-stockholm (2020) before 2020-press (2020-08) before 2020-dialogue (2020-08-10).
    expect(ids(links("KR").events).slice(0, 3)).toEqual([
      "2020-stockholm",
      "2020-press",
      "2020-dialogue",
    ]);
    // Countries by English name: France, Germany, Japan, South Korea.
    expect(ids(links("2020-stockholm").parties)).toEqual(["FR", "DE", "KR"]);
  });

  it("freezes what it hands out", () => {
    const result = related("KR");
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.links)).toBe(true);
    for (const list of Object.values(result.links)) expect(Object.isFrozen(list)).toBe(true);
    expect(result.record.id).toBe("KR");
  });
});

describe("relatedRecords over a source no other record cites", () => {
  it("has only the source its own evidence cites", () => {
    const related = linksOf([...fixture, source({ id: "unused" })]);
    expect(Object.keys(related("unused").links)).toEqual(["sources"]);
    expect(related("unused").links.sources?.map((s) => s.id)).toEqual(["src-a"]);
  });
});

/**
 * Every record's links worked out the plain way, as first written: one walk
 * of all references into sets both ways, the two-step links, then a sort
 * with the store's date order and labels.
 */
function naiveLinks(records: readonly DatasetRecord[]) {
  const store = new RecordStore(checkDataset(records));
  const label = (record: DatasetRecord) => recordLabel(record, "en", (id) => store.get(id));
  const all = new Map<string, Map<string, Set<string>>>();
  const add = (owner: string, relation: string, id: string) => {
    let links = all.get(owner);
    if (!links) {
      links = new Map();
      all.set(owner, links);
    }
    let set = links.get(relation);
    if (!set) {
      set = new Set();
      links.set(relation, set);
    }
    set.add(id);
  };
  for (const record of store.records) {
    for (const [reference, , target] of referencesOf(record)) {
      add(record.id, reference.relation, target);
      add(target, reference.inverse, record.id);
    }
  }
  const via: Record<string, readonly [string, readonly string[]]> = {
    person: ["events", ["agreements"]],
    place: ["eventsHeld", ["agreements", "quotes"]],
    country: ["events", ["quotes"]],
  };
  const direct = new Map(
    [...all].map(([id, links]) => [id, new Map([...links].map(([r, s]) => [r, new Set(s)]))]),
  );
  for (const record of store.records) {
    const step = via[record.type];
    if (!step) continue;
    for (const eventId of direct.get(record.id)?.get(step[0]) ?? []) {
      for (const [relation, ids] of direct.get(eventId) ?? []) {
        if (step[1].includes(relation)) for (const id of ids) add(record.id, relation, id);
      }
    }
  }
  const dated = new Set(["event", "agreement", "quote", "office", "source"]);
  return (id: string) =>
    Object.fromEntries(
      [...(all.get(id) ?? [])].map(([relation, set]) => [
        relation,
        [...set]
          .map((x) => store.get(x) as DatasetRecord)
          .sort((a, b) => {
            const da = dated.has(a.type);
            const db = dated.has(b.type);
            if (da && db) return store.compare(a, b);
            if (da !== db) return da ? -1 : 1;
            const x = label(a);
            const y = label(b);
            return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
          })
          .map((r) => r.id),
      ]),
    );
}

describe("relatedRecords over a synthetic dataset", () => {
  it("lists what the plain walk finds, in the same order, for every record", () => {
    const records = synthetic(2000, 4);
    const related = linksOf(records);
    const expected = naiveLinks(records);
    let compared = 0;
    for (const record of records) {
      const got = Object.fromEntries(
        Object.entries(related(record.id).links).map(([relation, list]) => [relation, ids(list)]),
      );
      expect(got, record.id).toEqual(expected(record.id));
      compared += Object.keys(got).length;
    }
    expect(compared).toBeGreaterThan(records.length);
  });

  it("keeps the latest answers: the same object asked again", () => {
    const records = synthetic(200, 4);
    const related = linksOf(records);
    expect(related("KR")).toBe(related("KR"));
  });
});
