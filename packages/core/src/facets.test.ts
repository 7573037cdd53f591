import type { DatasetRecord, Event } from "@korea-relations/model";
import { event, fixture } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { synthetic } from "../bench/synthetic.js";
import { checkDataset } from "./checkDataset.js";
import { EventIndex } from "./EventIndex.js";
import { facets } from "./facets.js";
import { Lookup } from "./lookup.js";
import { NameIndex } from "./NameIndex.js";
import { RecordStore } from "./RecordStore.js";
import type { EventFilter } from "./Relations.js";
import { recordLabel } from "./recordLabel.js";

function facetsOf(records: readonly DatasetRecord[] = fixture) {
  const store = new RecordStore(checkDataset(records));
  const names = new NameIndex(store, (record) => recordLabel(record, "en", (id) => store.get(id)));
  const events = new EventIndex(store, new Lookup(names));
  return (filter?: EventFilter) => facets(events, events.check(filter, "facets(filter)"));
}

describe("facets", () => {
  it("counts kinds, topics, partners and years of all events", () => {
    expect(facetsOf()()).toEqual({
      total: 5,
      kinds: [
        { value: "conference", count: 1 },
        { value: "dialogue", count: 1 },
        { value: "meeting", count: 1 },
        { value: "press-conference", count: 1 },
        { value: "summit", count: 1 },
      ],
      topics: [
        { value: "nuclear-disarmament", count: 2 },
        { value: "pandemic", count: 2 },
      ],
      partners: [
        { value: "KR", count: 5 },
        { value: "DE", count: 3 },
        { value: "FR", count: 1 },
        { value: "JP", count: 1 },
      ],
      years: [
        { value: 2020, count: 3 },
        { value: 2021, count: 0 },
        { value: 2022, count: 0 },
        { value: 2023, count: 0 },
        { value: 2024, count: 0 },
        { value: 2025, count: 2 },
      ],
    });
  });

  it("leaves the filter's own countries out of the partners", () => {
    const f = facetsOf()({ countries: ["KR"] });
    expect(f.total).toBe(5);
    expect(f.partners).toEqual([
      { value: "DE", count: 3 },
      { value: "FR", count: 1 },
      { value: "JP", count: 1 },
    ]);
    expect(facetsOf()({ involves: ["KP"] }).partners.map((p) => p.value)).toEqual(["DE", "KR"]);
  });

  it("agrees with the events the same filter finds", () => {
    const f = facetsOf()({ topics: ["pandemic"] });
    expect(f.total).toBe(2);
    expect(f.kinds.map((k) => k.value)).toEqual(["dialogue", "press-conference"]);
    expect(f.years).toEqual([{ value: 2020, count: 2 }]);
  });

  it("counts an event once per topic and partner, however often it lists them", () => {
    const f = facetsOf([
      ...fixture,
      event({
        id: "twice",
        countries: ["JP", "JP"],
        topics: ["pandemic", "pandemic"],
        date: { value: "2023", basis: "stated" },
      }),
    ])({ from: "2023", to: "2023" });
    expect(f.topics).toEqual([{ value: "pandemic", count: 1 }]);
    expect(f.partners).toEqual([{ value: "JP", count: 1 }]);
  });

  it("gives empty facets and no years when nothing matches", () => {
    expect(facetsOf()({ kinds: ["war"] })).toEqual({
      total: 0,
      kinds: [],
      topics: [],
      partners: [],
      years: [],
    });
  });

  it("counts an event under the year it starts, and years before 1000 too", () => {
    const f = facetsOf([
      ...fixture,
      event({ id: "long", date: { value: "0998-12", end: "1002", basis: "stated" } }),
    ])({ to: "1500" });
    expect(f.years.map((y) => [y.value, y.count])).toEqual([[998, 1]]);
  });

  it("freezes everything it hands out", () => {
    const f = facetsOf()();
    expect(Object.isFrozen(f)).toBe(true);
    for (const list of [f.kinds, f.topics, f.partners, f.years]) {
      expect(Object.isFrozen(list)).toBe(true);
      for (const item of list) expect(Object.isFrozen(item)).toBe(true);
    }
  });
});

/** The counting as it was first written: a pass over `findEvents`' events with a set each. */
function naiveFacets(
  events: readonly Event[],
  filter: { readonly countries?: readonly string[]; readonly involves?: readonly string[] },
) {
  const own = new Set<string>([...(filter.countries ?? []), ...(filter.involves ?? [])]);
  const count = (values: readonly (string | number)[]) => {
    const counts = new Map<string | number, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([value, n]) => ({ value, count: n }));
  };
  const years = events.map((e) => Number(e.date.value.slice(0, 4)));
  const yearList = [];
  if (years.length > 0) {
    const counts = new Map<number, number>();
    for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
    for (let y = Math.min(...years); y <= Math.max(...years); y++) {
      yearList.push({ value: y, count: counts.get(y) ?? 0 });
    }
  }
  return {
    total: events.length,
    kinds: count(events.map((e) => e.kind)),
    topics: count(events.flatMap((e) => [...new Set(e.topics)])),
    partners: count(events.flatMap((e) => [...new Set(e.countries)].filter((c) => !own.has(c)))),
    years: yearList,
  };
}

describe("facets over a synthetic dataset", () => {
  const records = synthetic(2000, 9);
  const store = new RecordStore(checkDataset(records));
  const names = new NameIndex(store, (record) => recordLabel(record, "en", (id) => store.get(id)));
  const events = new EventIndex(store, new Lookup(names));
  const filters: EventFilter[] = [
    {},
    { countries: ["KR"] },
    { countries: ["KR", "JP"] },
    { involves: ["JP"] },
    { kinds: ["meeting", "summit"] },
    { topics: ["topic-3"] },
    { topics: ["topic-3", "topic-4"], countries: ["KR"] },
    { from: "2001", to: "2004-06" },
    { involves: ["CN"], from: "2010-05" },
    { people: ["person-7"] },
    { organizations: ["org-2"] },
    { kinds: ["war"] },
  ];
  for (const filter of filters) {
    it(`counts as a pass over the matching events would: ${JSON.stringify(filter)}`, () => {
      const checked = events.check(filter);
      const expected = naiveFacets(events.find(checked), checked);
      expect(expected.total).toBe(events.find(checked).length);
      expect(facets(events, checked)).toEqual(expected);
      // Asked again: the same answer, kept.
      expect(facets(events, events.check(filter))).toBe(facets(events, checked));
    });
  }

  it("ranks match find", () => {
    for (const filter of filters) {
      const checked = events.check(filter);
      expect(events.ranks(checked).map((rank) => events.events[rank])).toEqual(
        events.find(checked),
      );
    }
  });
});
