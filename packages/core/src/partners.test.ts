import type { DatasetRecord } from "@korea-relations/model";
import { event, fixture } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { checkDataset } from "./checkDataset.js";
import { EventIndex } from "./EventIndex.js";
import { Lookup } from "./lookup.js";
import { NameIndex } from "./NameIndex.js";
import { partners } from "./partners.js";
import { RecordStore } from "./RecordStore.js";
import { recordLabel } from "./recordLabel.js";

function partnersOf(records: readonly DatasetRecord[] = fixture) {
  const store = new RecordStore(checkDataset(records));
  const names = new NameIndex(store, (record) => recordLabel(record, "en", (id) => store.get(id)));
  const events = new EventIndex(store, new Lookup(names));
  return (code: string) => partners(events, code);
}

describe("partners", () => {
  it("counts shared events per partner with the first and last date, most first, ties by code", () => {
    expect(partnersOf()("KR")).toEqual([
      { country: "DE", events: 3, first: "2020", last: "2020-08-10" },
      { country: "FR", events: 1, first: "2020", last: "2020" },
      { country: "JP", events: 1, first: "2025-08-23", last: "2025-08-23" },
    ]);
    expect(partnersOf()("FR").map((p) => p.country)).toEqual(["DE", "KR"]);
  });

  it("counts parties only: a subject is no partner and makes none", () => {
    const p = partnersOf([
      ...fixture,
      event({ id: "2019-export-controls", countries: ["JP"], subjects: ["KR"] }),
    ]);
    expect(p("KP")).toEqual([]);
    expect(p("KR").find((row) => row.country === "KP")).toBeUndefined();
    expect(p("KR").find((row) => row.country === "JP")?.events).toBe(1);
    expect(p("JP").map((row) => row.country)).toEqual(["KR"]);
  });

  it("counts an event once, whatever it lists twice", () => {
    const p = partnersOf([...fixture, event({ id: "twice", countries: ["KR", "JP", "JP", "KR"] })]);
    expect(p("KR").find((row) => row.country === "JP")?.events).toBe(2);
  });

  it("orders ties by code and takes first and last from date order", () => {
    const p = partnersOf([
      ...fixture,
      event({
        id: "2019-kr-jp",
        countries: ["KR", "JP"],
        date: { value: "2019", basis: "stated" },
      }),
      event({
        id: "2021-kr-fr",
        countries: ["FR", "KR"],
        date: { value: "2021", basis: "stated" },
      }),
    ]);
    expect(p("KR").map((row) => [row.country, row.events, row.first, row.last])).toEqual([
      ["DE", 3, "2020", "2020-08-10"],
      ["FR", 2, "2020", "2021"],
      ["JP", 2, "2019", "2025-08-23"],
    ]);
  });

  it("freezes the list and every row", () => {
    const rows = partnersOf()("KR");
    expect(Object.isFrozen(rows)).toBe(true);
    for (const row of rows) expect(Object.isFrozen(row)).toBe(true);
  });
});
