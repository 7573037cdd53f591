import type { DatasetRecord } from "@korea-relations/model";
import { fixture, office } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { checkDataset } from "./checkDataset.js";
import { UnknownEntityError } from "./errors.js";
import { Lookup } from "./lookup.js";
import { NameIndex } from "./NameIndex.js";
import { OfficeIndex } from "./OfficeIndex.js";
import { RecordStore } from "./RecordStore.js";
import { recordLabel } from "./recordLabel.js";

function offices(records: readonly DatasetRecord[] = fixture) {
  const store = new RecordStore(checkDataset(records));
  const names = new NameIndex(store, (record) => recordLabel(record, "en", (id) => store.get(id)));
  return new OfficeIndex(store, new Lookup(names));
}
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe("OfficeIndex.holders", () => {
  it("without `at`: every term of the role, newest first", () => {
    expect(ids(offices().holders({ role: "foreign-minister" }))).toEqual([
      "maas-fm-2020",
      "kang-fm-2020",
    ]);
    expect(ids(offices().holders({ role: "diplomat", country: "Südkorea" }))).toEqual([
      "kang-diplomat-2010",
    ]);
  });

  it("with `at`: the terms held then, from start to end, those a source shows then first", () => {
    const o = offices();
    expect(ids(o.holders({ role: "foreign-minister", country: "KR", at: "2020-08" }))).toEqual([
      "kang-fm-2020",
    ]);
    expect(ids(o.holders({ role: "foreign-minister", at: "2020-08-10" }))).toEqual([
      "kang-fm-2020",
      "maas-fm-2020",
    ]);
    // Kang's term ran from 2017-06-18 to 2021-02-08.
    expect(o.holders({ role: "foreign-minister", country: "KR", at: "2022" })).toEqual([]);
    expect(o.holders({ role: "foreign-minister", country: "KR", at: "2017-06" })).toHaveLength(1);
    expect(o.holders({ role: "foreign-minister", country: "KR", at: "2017-05" })).toEqual([]);
    // A term without start or end is known from the first to the last date a source shows it.
    expect(ids(o.holders({ role: "diplomat", at: "2010" }))).toEqual(["kang-diplomat-2010"]);
    expect(o.holders({ role: "diplomat", at: "2011" })).toEqual([]);
    // A current term without an end stays open; a former one ends.
    expect(ids(o.holders({ role: "foreign-minister", at: "2030" }))).toEqual(["maas-fm-2020"]);
    expect(o.holders({ role: "head-of-government", at: "2026" })).toEqual([]);
    expect(ids(o.holders({ role: "head-of-government", at: "2025" }))).toEqual(["ishiba-pm-2025"]);
  });

  it("takes the whole end date: in office until the end of a partial end", () => {
    const o = offices([
      ...fixture,
      office({
        id: "until-2021",
        person: "heiko-maas",
        roles: ["defense-minister"],
        country: "DE",
        end: { value: "2021", basis: "stated" },
        status: "former",
      }),
    ]);
    expect(ids(o.holders({ role: "defense-minister", at: "2021-12-31" }))).toEqual(["until-2021"]);
    expect(o.holders({ role: "defense-minister", at: "2022-01-01" })).toEqual([]);
  });

  it("filters by organization", () => {
    const o = offices([
      ...fixture,
      office({
        id: "initiative-chair",
        person: "heiko-maas",
        roles: ["representative"],
        organization: "stockholm-initiative",
      }),
    ]);
    expect(o.holders({ role: "foreign-minister", organization: "Stockholm Initiative" })).toEqual(
      [],
    );
    expect(
      ids(o.holders({ role: "representative", organization: "Stockholm Initiative" })),
    ).toEqual(["initiative-chair"]);
  });

  it("names the argument at fault", () => {
    const o = offices();
    expect(() => o.holders({ role: "king" })).toThrow(RangeError);
    expect(() => o.holders({ role: "king" })).toThrow(
      /^Unknown officeHolders\(query\)\.role "king".*expected one of head-of-state, head-of-government/,
    );
    expect(() => o.holders({ role: "foreign-minister", at: "2020-02-30" })).toThrow(/2020-02-30/);
    expect(() => o.holders({ role: "foreign-minister", at: 2020 })).toThrow(
      /^officeHolders\(query\)\.at must be a partial ISO 8601 date/,
    );
    expect(() => o.holders({ role: "foreign-minister", country: "Atlantis" })).toThrow(
      UnknownEntityError,
    );
    expect(() => o.holders({ role: "foreign-minister", organization: "Atlantis" })).toThrow(
      UnknownEntityError,
    );
    expect(() => o.holders(undefined)).toThrow(
      "officeHolders(query).role must be a string, got undefined",
    );
    expect(() => o.holders("x")).toThrow("officeHolders(query) must be an object, got a string");
    expect(() => o.holders({ role: "foreign-minister", date: "2020" })).toThrow(
      'Unknown key "date" in officeHolders(query)',
    );
  });

  it("hands out a fresh list", () => {
    const o = offices();
    o.holders({ role: "foreign-minister" }).pop();
    o.holders({ role: "foreign-minister", at: "2020" }).pop();
    expect(o.holders({ role: "foreign-minister" })).toHaveLength(2);
    expect(o.holders({ role: "foreign-minister", at: "2020" })).toHaveLength(2);
  });
});

describe("OfficeIndex.of and latest", () => {
  it("lists a person's terms oldest first, and the latest", () => {
    expect(ids(offices().of("kang-kyung-wha"))).toEqual(["kang-diplomat-2010", "kang-fm-2020"]);
    expect(offices().latest("kang-kyung-wha")?.id).toBe("kang-fm-2020");
    expect(offices().of("nobody")).toEqual([]);
    expect(offices().latest("nobody")).toBeUndefined();
  });

  it("hands out a fresh list", () => {
    const o = offices();
    o.of("kang-kyung-wha").pop();
    expect(o.of("kang-kyung-wha")).toHaveLength(2);
  });
});
