/**
 * The facade's wiring: `createRelations` checks and copies the records, and
 * each method reaches its module with its argument's name for errors. What
 * each module answers is tested beside it (EventIndex, OfficeIndex, …).
 */
import type { DatasetRecord } from "@korea-relations/model";
import { event, fixture, person, topic } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { createRelations, relationsOver } from "./createRelations.js";
import { DatasetError, UnknownEntityError } from "./errors.js";

const r = createRelations(fixture);
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

describe("createRelations", () => {
  it("checks the records: a TypeError for a non-array, one DatasetError for problems", () => {
    expect(() => createRelations("x" as never)).toThrow(
      "createRelations(records) must be an array of records, got a string",
    );
    expect(thrown(() => createRelations([fixture[2], fixture[2]]))).toBeInstanceOf(DatasetError);
    expect(() => createRelations([fixture[2], fixture[2]])).toThrow(/duplicate id: also record 0/);
    expect(() =>
      createRelations([
        ...fixture,
        event({ id: "e", evidence: [{ source: "src-z", quote: "q" }] }),
      ]),
    ).toThrow(/evidence\[0\]\.source: unknown source "src-z"/);
  });

  it("takes an empty dataset", () => {
    const empty = createRelations([]);
    expect(empty.findEvents()).toEqual([]);
    expect(empty.search("x").hits).toEqual([]);
    expect(empty.resolve("KR")).toBeUndefined();
    expect(() => empty.getCountry("KR")).toThrow(UnknownEntityError);
  });

  it("builds over records already checked and frozen without checking them again", () => {
    const relations = relationsOver([...fixture] as DatasetRecord[]);
    expect(relations.getCountry("Südkorea").id).toBe("KR");
  });

  it("is frozen", () => {
    expect(Object.isFrozen(r)).toBe(true);
  });
});

describe("each method reaches its module", () => {
  it("get* find records of their type by any name, get by id", () => {
    expect(r.getCountry("Südkorea").id).toBe("KR");
    expect(r.getPerson("강경화").id).toBe("kang-kyung-wha");
    expect(r.getOrganization("stockholm initiative").id).toBe("stockholm-initiative");
    expect(r.getTopic("corona").id).toBe("pandemic");
    expect(r.getPlace("Tokio").id).toBe("tokyo");
    expect(r.getEvent("Strategic dialogue").id).toBe("2020-dialogue");
    expect(r.getAgreement("2022-arms-deal").items?.[0]?.quantity).toBe(48);
    expect(r.getSource("Alpha report").id).toBe("src-a");
    expect(r.getQuote("ishiba-neighbours").translated).toBe(true);
    expect(r.getOffice("kang-fm-2020").roles).toEqual(["foreign-minister"]);
    expect(r.get("tokyo").type).toBe("place");
    // `get` takes ids only.
    expect(() => r.get("Tokio" as never)).toThrow(UnknownEntityError);
  });

  it("resolve finds any type and never throws, whatever it is given", () => {
    expect(r.resolve("DPRK")?.id).toBe("KP");
    expect(r.resolve(undefined as never)).toBeUndefined();
    expect(r.resolve(42 as never)).toBeUndefined();
  });

  it("the queries answer from their indexes", () => {
    expect(ids(r.findEvents({ countries: ["DE", "KR"], from: "2020-08" }))).toEqual([
      "2020-stockholm",
      "2020-press",
      "2020-dialogue",
    ]);
    expect(r.timeline("North Korea").map((entry) => [entry.event.id, entry.role])).toEqual([
      ["2020-dialogue", "about"],
    ]);
    expect(r.partners("KR").map((p) => p.country)).toEqual(["DE", "FR", "JP"]);
    expect(r.facets({ countries: ["KR"] }).total).toBe(5);
    expect(ids(r.officeHolders({ role: "foreign-minister", country: "KR" }))).toEqual([
      "kang-fm-2020",
    ]);
    expect(ids(r.officesOf("Kang"))).toEqual(["kang-diplomat-2010", "kang-fm-2020"]);
    expect(
      r.whoHeld({ role: "foreign-minister", country: "KR", at: "2020-08" })[0]?.person.id,
    ).toBe("kang-kyung-wha");
    expect(ids(r.findQuotes({ speaker: "Maas" }))).toEqual(["maas-pandemic"]);
    expect(ids(r.findAgreements({ parties: ["Japan"] }))).toEqual(["2025-declaration"]);
    expect(r.search("Kang").hits[0]?.id).toBe("kang-kyung-wha");
    expect(r.citations("src-b").map((c) => c.record)).toContain("2025-summit");
    expect(r.relatedRecords("Tokio").links.eventsHeld?.map((e) => e.id)).toEqual(["2025-summit"]);
  });

  it("partners hands out a fresh list of the cached rows", () => {
    const first = r.partners("KR");
    first.pop();
    expect(r.partners("Südkorea")).toHaveLength(3);
    expect(r.partners("KR")[0]).toBe(first[0]);
  });

  it("evidenceFor, relatedRecords, recordLabel and describe take a record, an id or a name", () => {
    const record = r.getPerson("Kang");
    expect(r.recordLabel(record)).toBe("Kang Kyung-wha");
    expect(r.recordLabel("kang-kyung-wha", "de")).toBe("Kang Kyung-wha");
    expect(r.recordLabel("Südkorea", "de")).toBe("Südkorea");
    expect(r.relatedRecords(record as never).record).toBe(record);
    expect(r.evidenceFor("Strategic dialogue")[0]?.sourceRecord.id).toBe("src-a");
    expect(r.describe({ id: "KR" } as never)).toMatchObject({ type: "country" });
    // A record object is looked up by its id: another dataset's record is unknown here.
    expect(() => r.describe({ id: "elsewhere" } as never)).toThrow(UnknownEntityError);
    expect(() => r.evidenceFor("nothing")).toThrow(UnknownEntityError);
  });

  it("describe counts a country's events apart from those about it, and a topic's records", () => {
    expect(r.describe("KR")).toEqual({ type: "country", alpha3: "KOR", events: 5, eventsAbout: 0 });
    expect(r.describe("KP")).toEqual({ type: "country", alpha3: "PRK", events: 0, eventsAbout: 1 });
    // pandemic: 2 events and 1 quote (its evidence's sources are not counted).
    expect(r.describe("pandemic")).toMatchObject({ type: "topic", records: 3 });
    expect(createRelations([...fixture, topic({ id: "empty" })]).describe("empty")).toMatchObject({
      records: 0,
    });
    expect(r.describe("ishiba-shigeru")).toMatchObject({
      office: { label: "Prime Minister of Japan", status: "former" },
    });
    expect(r.describe("2025-declaration", "de")).toMatchObject({ parties: ["Japan", "Südkorea"] });
  });

  it("a person sharing a name keeps their own records", () => {
    const relations = createRelations([
      ...fixture,
      person({
        id: "kang-other",
        name: "Kang Other",
        aliases: ["Kang"],
        description: { en: "Another Kang", de: "Ein anderer Kang" },
      }),
    ]);
    expect(relations.getPerson("Kang").id).toBe("kang-kyung-wha");
    expect(relations.officesOf("Kang Other")).toEqual([]);
    expect(relations.describe("kang-other")).toMatchObject({ description: "Another Kang" });
  });
});

describe("each method names its arguments in errors", () => {
  it.each([
    [() => r.get(1 as never), "get(id) must be a string, got a number"],
    [() => r.getEvent(1 as never), "getEvent(id) must be a name or id (a string), got a number"],
    [() => r.getPerson(1 as never), "getPerson(ref) must be a name or id (a string), got a number"],
    [
      () => r.getCountry(null as never),
      "getCountry(ref) must be a name or id (a string), got null",
    ],
    [
      () => r.partners(1 as never),
      "partners(country) must be a name or id (a string), got a number",
    ],
    [
      () => r.officesOf([] as never),
      "officesOf(person) must be a name or id (a string), got an array",
    ],
    [
      () => r.citations(1 as never),
      "citations(source) must be a name or id (a string), got a number",
    ],
    [() => r.findEvents(7 as never), "findEvents(filter) must be an object, got a number"],
    [() => r.facets("x" as never), "facets(filter) must be an object, got a string"],
    [
      () => r.facets({ country: ["KR"] } as never),
      'Unknown key "country" in facets(filter): did you mean "countries"?',
    ],
    [
      () => r.timeline("KR", undefined, 1 as never),
      "timeline(filter) must be an object, got a number",
    ],
    [() => r.officeHolders("x" as never), "officeHolders(query) must be an object, got a string"],
    [() => r.findQuotes(1 as never), "findQuotes(filter) must be an object, got a number"],
    [() => r.findAgreements(1 as never), "findAgreements(filter) must be an object, got a number"],
    [() => r.search(42 as never), "search(query) must be a string, got a number"],
    [() => r.search("x", null as never), "search(options) must be an object, got null"],
    [() => r.search("x", { limit: -3 }), "search(options).limit must be 0 or more, got -3"],
    [() => r.search("x", { type: ["event"] } as never), 'did you mean "types"?'],
    [
      () => r.evidenceFor(1 as never),
      "evidenceFor(id) must be a record, an id or a name, got a number",
    ],
    [() => r.evidenceFor("KR", "x" as never), "evidenceFor(query) must be an object, got a string"],
    [
      () => r.relatedRecords(null as never),
      "relatedRecords(ref) must be a record, an id or a name, got null",
    ],
    [
      () => r.recordLabel(1 as never),
      "recordLabel(record) must be a record, an id or a name, got a number",
    ],
    [() => r.recordLabel("KR", "fr" as never), 'Unknown recordLabel(lang) "fr"'],
    [() => r.describe("KR", 1 as never), "describe(lang) must be a string, got a number"],
    [
      () => r.describe(undefined as never),
      "describe(record) must be a record, an id or a name, got undefined",
    ],
  ])("%#: %s", (call, message) => {
    expect(call).toThrow(message);
  });

  it("says which kind of record an unknown name was meant to be", () => {
    const kind = (fn: () => unknown) => (thrown(fn) as UnknownEntityError).type;
    expect(kind(() => r.findQuotes({ event: "tokyo" as never }))).toBe("event");
    expect(kind(() => r.citations("KR" as never))).toBe("source");
    expect(kind(() => r.getAgreement("2020-dialogue" as never))).toBe("agreement");
    expect(kind(() => r.findQuotes({ speaker: "KR" }))).toBe("person");
    expect(kind(() => r.relatedRecords("nothing"))).toBe("record");
    expect(kind(() => r.get("nothing"))).toBe("record");
  });

  it("quotes at most 80 characters of what it was given", () => {
    const long = "x".repeat(500);
    for (const call of [
      () => r.getPerson(long),
      () => r.findEvents({ from: long }),
      () => r.findEvents({ kinds: [long as never] }),
      () => r.get(long),
      () => r.describe(long),
      () => r.search("x", { lang: long as never }),
    ]) {
      const { message } = thrown(call);
      expect(message).toMatch(/x{79}…/);
      expect(message).not.toMatch(/x{81}/);
    }
  });
});

describe("whoHeld", () => {
  it("answers who held a role at a date with the person and the term", () => {
    const [holder, ...rest] = r.whoHeld({
      role: "foreign-minister",
      country: "KR",
      at: "2020-08-10",
    });
    expect(rest).toEqual([]);
    expect(holder?.person.name).toBe("Kang Kyung-wha");
    expect(holder?.office.id).toBe("kang-fm-2020");
    expect(holder?.basis).toBe("seen");
    expect(holder?.seen).toEqual([{ value: "2020-08-10", basis: "stated" }]);
  });

  it("says when only the term's dates, not a source's sighting, cover the date", () => {
    const [holder] = r.whoHeld({ role: "foreign-minister", country: "KR", at: "2018" });
    expect(holder).toMatchObject({ basis: "term", seen: [] });
    expect(holder?.person.id).toBe("kang-kyung-wha");
    // Those a source shows in office then come first.
    expect(
      r.whoHeld({ role: "foreign-minister", at: "2019" }).map((h) => [h.person.id, h.basis]),
    ).toEqual([
      ["kang-kyung-wha", "seen"],
      ["heiko-maas", "term"],
    ]);
  });

  it("requires a date and checks the query like officeHolders", () => {
    expect(() => r.whoHeld({ role: "foreign-minister" } as never)).toThrow(
      "whoHeld(query).at is required",
    );
    expect(() => r.whoHeld({ role: "king", at: "2020" } as never)).toThrow(RangeError);
    expect(() => r.whoHeld({ role: "foreign-minister", at: "2020", when: 1 } as never)).toThrow(
      'Unknown key "when" in whoHeld(query)',
    );
  });
});

describe("evidence on every record", () => {
  const person = {
    type: "person",
    id: "nobody",
    name: "No Body",
    aliases: [],
    nationality: ["KR"],
    description: { en: "x", de: "x" },
  } as const;

  it("rejects a person, organization, place or topic without evidence, naming the field", () => {
    expect(() => createRelations([...fixture, person] as DatasetRecord[])).toThrow(DatasetError);
    expect(() => createRelations([...fixture, person] as DatasetRecord[])).toThrow(
      /nobody.*evidence: is required/,
    );
    expect(() =>
      createRelations([...fixture, { ...person, evidence: [] }] as DatasetRecord[]),
    ).toThrow(/evidence: must not be empty/);
  });

  it("accepts one marked basis: external with its reason, and no country needs evidence", () => {
    const external = {
      ...person,
      basis: "external",
      reason: { en: "Public record.", de: "Öffentlich bekannt." },
    } as const;
    expect(
      createRelations([...fixture, external] as DatasetRecord[]).getPerson("No Body").basis,
    ).toBe("external");
    expect(() =>
      createRelations([...fixture, { ...external, reason: undefined }] as DatasetRecord[]),
    ).toThrow(/nobody.*reason: is required/);
  });
});
