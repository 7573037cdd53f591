import type { DatasetRecord } from "@korea-relations/model";
import { fixture, person, quote } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { checkDataset } from "./checkDataset.js";
import { UnknownEntityError } from "./errors.js";
import { Lookup } from "./lookup.js";
import { NameIndex } from "./NameIndex.js";
import { QuoteIndex } from "./QuoteIndex.js";
import { RecordStore } from "./RecordStore.js";
import { recordLabel } from "./recordLabel.js";

function quotes(records: readonly DatasetRecord[] = fixture) {
  const store = new RecordStore(checkDataset(records));
  const names = new NameIndex(store, (record) => recordLabel(record, "en", (id) => store.get(id)));
  return new QuoteIndex(store, names, new Lookup(names));
}
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe("QuoteIndex.find", () => {
  it("filters by speaker, topic, language, event and date; oldest first", () => {
    const q = quotes();
    expect(ids(q.find(undefined))).toEqual(["maas-pandemic", "ishiba-neighbours"]);
    expect(ids(q.find({ speaker: "Shigeru Ishiba" }))).toEqual(["ishiba-neighbours"]);
    expect(ids(q.find({ language: "de" }))).toEqual(["ishiba-neighbours"]);
    expect(ids(q.find({ topics: ["COVID-19 pandemic"] }))).toEqual(["maas-pandemic"]);
    expect(ids(q.find({ event: "2025-summit" }))).toEqual(["ishiba-neighbours"]);
    expect(ids(q.find({ from: "2021" }))).toEqual(["ishiba-neighbours"]);
    expect(ids(q.find({ to: "2020-08-10" }))).toEqual(["maas-pandemic"]);
    expect(ids(q.find({ from: "2025-08-23" }))).toEqual(["ishiba-neighbours"]);
  });

  it("needs every condition, whichever index picks the candidates", () => {
    const q = quotes();
    expect(q.find({ speaker: "Ishiba", topics: ["pandemic"] })).toEqual([]);
    expect(ids(q.find({ speaker: "Maas", topics: ["pandemic"] }))).toEqual(["maas-pandemic"]);
    expect(q.find({ speaker: "Maas", language: "de" })).toEqual([]);
    expect(q.find({ topics: ["pandemic"], from: "2021" })).toEqual([]);
  });

  it("takes an organization as speaker, and a person's name before a country's", () => {
    const q = quotes([
      ...fixture,
      quote({
        id: "initiative-quote",
        speaker: "stockholm-initiative",
        evidence: fixture[20].evidence,
      }),
      person({ id: "france-gall", name: "France Gall", aliases: ["France"] }),
      quote({ id: "gall-quote", speaker: "france-gall" }),
    ]);
    expect(ids(q.find({ speaker: "Stockholm Initiative" }))).toEqual(["initiative-quote"]);
    expect(ids(q.find({ speaker: "France" }))).toEqual(["gall-quote"]);
  });

  it("orders quotes from several topics by date, then id", () => {
    const q = quotes([
      ...fixture,
      quote({
        id: "b",
        speaker: "heiko-maas",
        topics: ["nuclear-disarmament"],
        date: { value: "2019", basis: "stated" },
      }),
      quote({
        id: "a",
        speaker: "heiko-maas",
        topics: ["pandemic"],
        date: { value: "2019", basis: "stated" },
      }),
    ]);
    expect(ids(q.find({ topics: ["pandemic", "nuclear-disarmament"] }))).toEqual([
      "a",
      "b",
      "maas-pandemic",
    ]);
  });

  it("names the argument at fault", () => {
    const q = quotes();
    expect(() => q.find({ speaker: "Nobody Known" })).toThrow(UnknownEntityError);
    expect(() => q.find({ speaker: 1 })).toThrow(
      "findQuotes(filter).speaker must be a name or id (a string), got a number",
    );
    expect(() => q.find({ language: "xx" })).toThrow(
      /^Unknown findQuotes\(filter\)\.language "xx"/,
    );
    expect(() => q.find({ event: "tokyo" })).toThrow(UnknownEntityError);
    expect(() => q.find({ event: 1 })).toThrow(
      "findQuotes(filter).event must be a name or id (a string)",
    );
    expect(() => q.find({ topics: "pandemic" })).toThrow(
      "findQuotes(filter).topics must be an array",
    );
    expect(() => q.find({ speakers: ["Maas"] })).toThrow(
      'Unknown key "speakers" in findQuotes(filter): did you mean "speaker"?',
    );
    expect(() => q.find("x")).toThrow("findQuotes(filter) must be an object, got a string");
    expect(() => q.find({ from: "2025", to: "2020" })).toThrow(RangeError);
  });

  it("hands out a fresh list", () => {
    const q = quotes();
    q.find({ speaker: "Maas" }).pop();
    q.find(undefined).pop();
    expect(q.find({ speaker: "Maas" })).toHaveLength(1);
    expect(q.find(undefined)).toHaveLength(2);
  });
});
