import type { DatasetRecord } from "@korea-relations/model";
import { fixture } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { checkDataset } from "./checkDataset.js";
import { UnknownEntityError } from "./errors.js";
import { Lookup } from "./lookup.js";
import { NameIndex } from "./NameIndex.js";
import { RecordStore } from "./RecordStore.js";
import { recordLabel } from "./recordLabel.js";

function lookup(records: readonly DatasetRecord[] = fixture) {
  const store = new RecordStore(checkDataset(records));
  return new Lookup(
    new NameIndex(store, (record) => recordLabel(record, "en", (id) => store.get(id))),
  );
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("Lookup", () => {
  it("turns a name into the record of the type asked for", () => {
    expect(lookup().one("country", "Südkorea", "f(x)").id).toBe("KR");
    expect(lookup().optionalId("person", "Maas", "f(x)")).toBe("heiko-maas");
    expect(lookup().optionalId("person", undefined, "f(x)")).toBeUndefined();
  });

  it("throws a TypeError naming the argument for a non-string", () => {
    expect(() => lookup().one("country", 42, "partners(country)")).toThrow(
      "partners(country) must be a name or id (a string), got a number",
    );
    expect(() => lookup().optionalId("country", null, "f(x).country")).toThrow(
      "f(x).country must be a name or id (a string), got null",
    );
  });

  it("throws UnknownEntityError with the type and the nearest names of that type", () => {
    const error = thrown(() => lookup().one("person", "Heiko Mass", "f(x)"));
    expect(error).toBeInstanceOf(UnknownEntityError);
    expect(error).toMatchObject({ type: "person", ref: "Heiko Mass", suggestions: ["Heiko Maas"] });
    expect(lookup().unknown("record", "Japn")).toMatchObject({
      type: "record",
      suggestions: ["Japan"],
    });
  });

  it("resolves a list of names to ids, dropping duplicates and naming the item at fault", () => {
    expect(lookup().ids("country", ["KR", "Südkorea", "DE"], "f(x).countries")).toEqual([
      "KR",
      "DE",
    ]);
    expect(lookup().ids("country", undefined, "f(x).countries")).toBeUndefined();
    expect(() => lookup().ids("country", "KR", "f(x).countries")).toThrow(
      "f(x).countries must be an array, got a string",
    );
    expect(() => lookup().ids("country", ["KR", 7], "f(x).countries")).toThrow(
      "f(x).countries[1] must be a name or id (a string), got a number",
    );
    expect(
      thrown(() => lookup().ids("country", ["KR", "Atlantis"], "f(x).countries")),
    ).toMatchObject({ type: "country", ref: "Atlantis" });
  });
});
