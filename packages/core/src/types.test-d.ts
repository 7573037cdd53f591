import { describe, expectTypeOf, it } from "vitest";
import { fixture } from "../test/fixture.js";
import { createRelations, type IdsOf } from "./createRelations.js";
import type { CountryCode, EventId, PersonId, SourceId } from "./generated/ids.js";
import { getCountry, getEvent, getPerson, getSource } from "./index.js";
import type { DatasetRecord, Event, Person } from "./types.js";

describe("id unions", () => {
  it("createRelations infers the id unions of the records it is given", () => {
    const r = createRelations(fixture);
    expectTypeOf<IdsOf<typeof fixture>["event"]>().toEqualTypeOf<
      "2020-dialogue" | "2020-press" | "2020-stockholm" | "2025-summit" | "2025-scm"
    >();
    expectTypeOf(r.getEvent("2020-dialogue")).toEqualTypeOf<Event>();
    // @ts-expect-error: not an event id of this dataset
    r.getEvent("2021-dialogue");
    // @ts-expect-error: a place id is no event id
    r.getEvent("tokyo");
    // @ts-expect-error: not a source id of this dataset
    r.findEvents({ source: "src-z" });
    // names and ids both work where a name is accepted
    expectTypeOf(r.getPerson("Kyung-wha Kang")).toEqualTypeOf<Person>();
    expectTypeOf(r.getPerson).parameter(0).toMatchTypeOf<string>();
  });

  it("a dataset typed only as DatasetRecord[] takes any string id", () => {
    const r = createRelations([] as DatasetRecord[]);
    expectTypeOf(r.getEvent).parameter(0).toEqualTypeOf<string>();
  });

  it("the built-in functions take the generated literal unions", () => {
    expectTypeOf(getEvent).parameter(0).toEqualTypeOf<EventId>();
    expectTypeOf(getSource).parameter(0).toEqualTypeOf<SourceId>();
    expectTypeOf<"KR">().toMatchTypeOf<CountryCode>();
    // @ts-expect-error: "XX" is no ISO 3166-1 code, but getCountry takes names too
    const code: CountryCode = "XX";
    expectTypeOf(getCountry("XX").id).toBeString();
    expectTypeOf<"janine-schmitz">().toMatchTypeOf<PersonId>();
    // @ts-expect-error: no such source
    getSource("no-such-source");
    expectTypeOf(getPerson).returns.toEqualTypeOf<Person>();
    void code;
  });
});
