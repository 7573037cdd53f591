import { type IdMap, RECORD_KINDS, type RecordKind, type RecordType } from "@korea-relations/model";
import { fixture } from "@korea-relations/model/fixtures";
import { describe, expectTypeOf, it } from "vitest";
import {
  type BuiltinIds,
  builtin,
  type CountryCode,
  citations,
  createRelations,
  type DatasetRecord,
  dataset,
  type Event,
  type EventId,
  evidenceFor,
  getCountry,
  getEvent,
  getPerson,
  getSource,
  type IdsOf,
  type Partner,
  type Person,
  partners,
  type Relations,
  resolve,
  type SearchHit,
  type SourceId,
  search,
  type TimelineEntry,
  timeline,
} from "./index.js";
import { sourceText } from "./sources.js";

describe("id unions", () => {
  it("createRelations infers the id unions of the records it is given", () => {
    const r = createRelations(fixture);
    expectTypeOf<IdsOf<typeof fixture>["event"]>().toEqualTypeOf<
      "2020-dialogue" | "2020-press" | "2020-stockholm" | "2025-summit" | "2025-scm"
    >();
    expectTypeOf(r.getEvent("2020-dialogue").id).toEqualTypeOf<IdsOf<typeof fixture>["event"]>();
    // @ts-expect-error: not a source id of this dataset
    r.findEvents({ source: "src-z" });
    // names and ids both work where a name or title is accepted
    expectTypeOf(r.getPerson("Kyung-wha Kang").type).toEqualTypeOf<"person">();
    expectTypeOf(r.getPerson).parameter(0).toMatchTypeOf<string>();
  });

  it("a dataset typed only as DatasetRecord[] takes any string id", () => {
    const r = createRelations([] as DatasetRecord[]);
    expectTypeOf(r.getQuote).parameter(0).toEqualTypeOf<string>();
  });

  it("the built-in functions take the generated literal unions", () => {
    expectTypeOf(getSource).parameter(0).toMatchTypeOf<string>();
    expectTypeOf<"KR">().toMatchTypeOf<CountryCode>();
    // @ts-expect-error: "XX" is no ISO 3166-1 code, but getCountry takes names too
    const code: CountryCode = "XX";
    expectTypeOf(getCountry("XX").id).toEqualTypeOf<CountryCode>();
    expectTypeOf<"janine-schmitz">().toMatchTypeOf<BuiltinIds["person"]>();
    expectTypeOf(getPerson).returns.toEqualTypeOf<Person<BuiltinIds>>();
    void code;
  });
});

describe("types round-trip: an id read from a record is accepted where one is taken", () => {
  it("evidence source ids go back into getSource, sourceText and citations", () => {
    const event = getEvent("2025-08-23-kr-jp-tokyo-summit");
    const [evidence] = event.evidence;
    if (evidence) {
      expectTypeOf(evidence.source).toEqualTypeOf<SourceId>();
      getSource(evidence.source);
      sourceText(evidence.source);
      citations(evidence.source);
      // Built records always carry their span.
      expectTypeOf(evidence.span[0]).toEqualTypeOf<number>();
    }
  });

  it("country codes of events, partners and search hits go back into the country functions", () => {
    const event: Event<BuiltinIds> = getEvent("2025-08-23-kr-jp-tokyo-summit");
    expectTypeOf(event.countries).toEqualTypeOf<readonly CountryCode[]>();
    for (const country of event.countries) timeline(country);
    const [partner] = partners("KR");
    expectTypeOf(partner).toEqualTypeOf<Partner<BuiltinIds> | undefined>();
    if (partner) getCountry(partner.country);
    const [hit] = search("Kang").hits;
    expectTypeOf(hit).toEqualTypeOf<SearchHit<BuiltinIds> | undefined>();
    if (hit) evidenceFor(hit.id);
  });

  it("get and resolve results narrow by type", () => {
    const record = resolve("Südkorea");
    if (record?.type === "country") expectTypeOf(record.names.ko).toBeString();
    const any = builtin().get("KR");
    if (any.type === "event") expectTypeOf(any.date.value).toBeString();
  });

  it("builtin() is a Relations without casts", () => {
    const relations: Relations = builtin();
    const typed: Relations<BuiltinIds> = builtin();
    expectTypeOf(typed.timeline("KR")).toEqualTypeOf<TimelineEntry<BuiltinIds>[]>();
    void relations;
  });

  it("records merged with dataset.records keep completion for both", () => {
    const mine = {
      type: "topic",
      id: "my-topic",
      label: { en: "Mine", de: "Meins" },
      aliases: [],
      evidence: [{ source: "ffo-2020-08-10-strategic-dialogue", quote: "disarmament" }],
    } as const;
    const r = createRelations([...dataset.records, mine]);
    expectTypeOf<"my-topic">().toMatchTypeOf<Parameters<typeof r.getTopic>[0]>();
    expectTypeOf<EventId>().toMatchTypeOf<Parameters<typeof r.getEvent>[0]>();
  });

  it("the README's snippets compile under strict", () => {
    const kang = getPerson("Kyung-wha Kang");
    expectTypeOf(kang.native?.name).toEqualTypeOf<string | undefined>();
    const first = getEvent("2025-08-23-kr-jp-tokyo-summit").evidence[0];
    if (first)
      expectTypeOf(sourceText(first.source)?.slice(first.span[0], first.span[1])).toEqualTypeOf<
        string | undefined
      >();
  });
});

describe("the record-kind registry", () => {
  it("has an entry for every record type, and a new type without one is a compile error", () => {
    expectTypeOf(RECORD_KINDS).toMatchTypeOf<{ readonly [T in RecordType]: RecordKind<T> }>();
    type WithDummy = RecordType | "dummy";
    // @ts-expect-error: a record type without a registry entry does not compile
    const registry: { readonly [T in WithDummy]: unknown } = RECORD_KINDS;
    void registry;
  });

  it("IdMap's record types are the registry's", () => {
    expectTypeOf<Exclude<keyof IdMap, "spans">>().toEqualTypeOf<RecordType>();
  });
});
