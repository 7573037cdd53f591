import type { DatasetRecord } from "@korea-relations/model";
import { agreement, fixture } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { AgreementIndex } from "./AgreementIndex.js";
import { checkDataset } from "./checkDataset.js";
import { UnknownEntityError } from "./errors.js";
import { Lookup } from "./lookup.js";
import { NameIndex } from "./NameIndex.js";
import { RecordStore } from "./RecordStore.js";
import { recordLabel } from "./recordLabel.js";

function agreements(records: readonly DatasetRecord[] = fixture) {
  const store = new RecordStore(checkDataset(records));
  const names = new NameIndex(store, (record) => recordLabel(record, "en", (id) => store.get(id)));
  return new AgreementIndex(store, new Lookup(names));
}
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe("AgreementIndex.find", () => {
  it("filters by every party, any kind, event and date", () => {
    const a = agreements();
    expect(ids(a.find(undefined))).toEqual(["2022-arms-deal", "2025-declaration"]);
    expect(ids(a.find({ parties: ["KR", "Japan"] }))).toEqual(["2025-declaration"]);
    expect(a.find({ parties: ["FR", "JP"] })).toEqual([]);
    expect(ids(a.find({ parties: [] }))).toEqual(["2022-arms-deal", "2025-declaration"]);
    expect(ids(a.find({ kinds: ["arms-contract", "treaty"] }))).toEqual(["2022-arms-deal"]);
    expect(a.find({ parties: ["FR"], kinds: ["joint-declaration"] })).toEqual([]);
    expect(ids(a.find({ event: "2025-summit" }))).toEqual(["2025-declaration"]);
    expect(ids(a.find({ to: "2023" }))).toEqual(["2022-arms-deal"]);
    expect(ids(a.find({ from: "2022-12-31", to: "2025-08-23" }))).toEqual([
      "2022-arms-deal",
      "2025-declaration",
    ]);
  });

  it("puts undated agreements last and leaves them out of a date range", () => {
    const a = agreements([
      ...fixture,
      agreement({ id: "undated", parties: ["KR"] }),
      agreement({
        id: "1965-treaty",
        parties: ["KR", "JP"],
        date: { value: "1965", basis: "stated" },
      }),
    ]);
    expect(ids(a.find(undefined))).toEqual([
      "1965-treaty",
      "2022-arms-deal",
      "2025-declaration",
      "undated",
    ]);
    expect(ids(a.find({ from: "1900" }))).not.toContain("undated");
    expect(ids(a.find({ parties: ["KR", "JP"] }))).toEqual(["1965-treaty", "2025-declaration"]);
  });

  it("names the argument at fault", () => {
    const a = agreements();
    expect(() => a.find({ parties: ["Atlantis"] })).toThrow(UnknownEntityError);
    expect(() => a.find({ parties: "KR" })).toThrow(
      "findAgreements(filter).parties must be an array",
    );
    expect(() => a.find({ kinds: "treaty" })).toThrow(
      "findAgreements(filter).kinds must be an array",
    );
    expect(() => a.find({ kinds: ["deal"] })).toThrow(
      'Unknown findAgreements(filter).kinds "deal"',
    );
    expect(() => a.find({ party: ["KR"] })).toThrow('did you mean "parties"?');
    expect(() => a.find(1)).toThrow("findAgreements(filter) must be an object, got a number");
    expect(() => a.find({ event: "tokyo" })).toThrow(UnknownEntityError);
  });

  it("hands out a fresh list", () => {
    const a = agreements();
    a.find({ parties: ["KR"] }).pop();
    expect(a.find({ parties: ["KR"] })).toHaveLength(2);
  });
});
