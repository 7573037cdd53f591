import type { DatasetRecord } from "@korea-relations/model";
import { event, fixture } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
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
