import type { DatasetRecord } from "@korea-relations/model";
import { agreement, event, fixture, quote } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { checkDataset } from "./checkDataset.js";
import { RecordStore } from "./RecordStore.js";

const store = (records: readonly DatasetRecord[] = fixture) =>
  new RecordStore(checkDataset(records));
const ids = (list: readonly { id: string }[]) => list.map((record) => record.id);

describe("RecordStore", () => {
  it("finds records by id, and by id and type", () => {
    const s = store();
    expect(s.get("tokyo")?.type).toBe("place");
    expect(s.get("nothing")).toBeUndefined();
    expect(s.getTyped("place", "tokyo")?.id).toBe("tokyo");
    expect(s.getTyped("event", "tokyo")).toBeUndefined();
  });

  it("lists the records of a type in the order given", () => {
    expect(ids(store().ofType("country"))).toEqual(["KR", "DE", "JP", "KP", "FR"]);
    expect(store().ofType("event")).toHaveLength(5);
  });

  it("gives each dated record its day interval, computed once; undated records none", () => {
    const s = store();
    const summit = s.get("2025-summit") as DatasetRecord;
    const interval = s.interval(summit);
    // 2025-08-23 to 2025-08-24, as days since 1970-01-01
    expect(interval).toEqual({ start: 20323, end: 20324, precision: 2 });
    expect(s.interval(summit)).toBe(interval);
    expect(s.interval(s.get("KR") as DatasetRecord)).toBeUndefined();
    // An office is ordered by its start, else the first date a source shows it held; a source by when it was published.
    expect(s.interval(s.get("kang-diplomat-2010") as DatasetRecord)?.precision).toBe(0);
    expect(s.interval(s.get("kang-fm-2020") as DatasetRecord)?.precision).toBe(2);
    expect(s.interval(s.get("src-a") as DatasetRecord)?.start).toBe(18484);
  });

  it("orders by start, the less precise first, then id, undated last", () => {
    const s = store([
      ...fixture,
      agreement({ id: "b-undated" }),
      agreement({ id: "a-undated" }),
      agreement({ id: "z-2020", date: { value: "2020", basis: "stated" } }),
      agreement({ id: "y-2020-01", date: { value: "2020-01", basis: "stated" } }),
      agreement({ id: "x-2020-01-01", date: { value: "2020-01-01", basis: "stated" } }),
      agreement({ id: "w-2020-01-01", date: { value: "2020-01-01", basis: "stated" } }),
    ]);
    expect(ids(s.sorted("agreement"))).toEqual([
      "z-2020",
      "y-2020-01",
      "w-2020-01-01",
      "x-2020-01-01",
      "2022-arms-deal",
      "2025-declaration",
      "a-undated",
      "b-undated",
    ]);
  });

  it("sorts a type once and hands out the same frozen list", () => {
    const s = store();
    const events = s.sorted("event");
    expect(ids(events)).toEqual([
      "2020-stockholm",
      "2020-press",
      "2020-dialogue",
      "2025-summit",
      "2025-scm",
    ]);
    expect(Object.isFrozen(events)).toBe(true);
    expect(s.sorted("event")).toBe(events);
  });

  it("groups the dataset by type: dated types in date order, the others as given; all frozen", () => {
    const s = store([
      ...fixture,
      quote({ id: "early-quote", speaker: "heiko-maas", date: { value: "1999", basis: "stated" } }),
      event({ id: "early-event", date: { value: "1999", basis: "stated" } }),
    ]);
    const { dataset } = s;
    expect(dataset).toBe(s.dataset);
    expect(dataset.records).toHaveLength(fixture.length + 2);
    expect(ids(dataset.countries)).toEqual(["KR", "DE", "JP", "KP", "FR"]);
    expect(ids(dataset.events)[0]).toBe("early-event");
    expect(ids(dataset.quotes)[0]).toBe("early-quote");
    expect(ids(dataset.agreements)).toEqual(["2022-arms-deal", "2025-declaration"]);
    expect(ids(dataset.people)).toEqual(["kang-kyung-wha", "heiko-maas", "ishiba-shigeru"]);
    expect(ids(dataset.offices)).toHaveLength(4);
    expect(ids(dataset.sources)).toEqual(["src-a", "src-b"]);
    expect(ids(dataset.places)).toEqual(["tokyo"]);
    expect(ids(dataset.organizations)).toEqual(["stockholm-initiative"]);
    expect(ids(dataset.topics)).toEqual(["nuclear-disarmament", "pandemic"]);
    expect(Object.isFrozen(dataset)).toBe(true);
    for (const list of Object.values(dataset)) expect(Object.isFrozen(list)).toBe(true);
  });

  it("freezes a copy of the record list when given one that is not frozen", () => {
    const records = [...checkDataset<never>(fixture)];
    const s = new RecordStore(records);
    expect(Object.isFrozen(s.dataset.records)).toBe(true);
    expect(s.dataset.records).not.toBe(records);
    records.pop();
    expect(s.dataset.records).toHaveLength(fixture.length);
  });
});
