import type { DatasetRecord, RecordType } from "@korea-relations/model";
import { fixture } from "@korea-relations/model/fixtures";
import { beforeEach, describe, expect, it } from "vitest";
import { createRelations } from "./createRelations.js";
import { DatasetError, UnknownEntityError } from "./errors.js";

const build = () => createRelations(fixture);
// Built anew before each test: the indexes are then built while a test runs,
// so that mutation testing sees which tests cover them.
let r: ReturnType<typeof build>;
beforeEach(() => {
  r = build();
});
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);
/** A fixture record by id, to copy into extended datasets. */
const find = (id: string) => fixture.find((record) => record.id === id) as DatasetRecord;

function unknownError(fn: () => unknown): UnknownEntityError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UnknownEntityError) return error;
    throw error;
  }
  throw new Error("expected UnknownEntityError");
}

describe("lookups", () => {
  it("finds countries by code, names in every language and aliases", () => {
    expect(r.getCountry("KR").id).toBe("KR");
    expect(r.getCountry("Südkorea").id).toBe("KR");
    expect(r.getCountry("suedkorea").id).toBe("KR");
    expect(r.getCountry("south korea").id).toBe("KR");
    expect(r.getCountry("ROK").id).toBe("KR");
    expect(r.getCountry("대한민국").id).toBe("KR");
    expect(r.getCountry("KOR").id).toBe("KR");
    expect(r.getCountry("Nordkorea").id).toBe("KP");
  });

  it("finds people regardless of case, hyphens, no-break hyphens and name order", () => {
    for (const name of [
      "kang-kyung-wha",
      "Kang Kyung-wha",
      "KANG Kyung‑wha",
      "kang kyung wha",
      "Kyung-wha Kang",
      "Kang",
      "강경화",
    ]) {
      expect(r.getPerson(name).id, name).toBe("kang-kyung-wha");
    }
    expect(r.getPerson("Shigeru Ishiba").id).toBe("ishiba-shigeru");
    expect(r.getPerson("石破茂").id).toBe("ishiba-shigeru");
  });

  it("finds places, organizations and topics by any name", () => {
    expect(r.getPlace("Tokio").id).toBe("tokyo");
    expect(r.getPlace("東京").id).toBe("tokyo");
    expect(r.getOrganization("stockholm initiative").id).toBe("stockholm-initiative");
    expect(r.getTopic("Nukleare Abrüstung").id).toBe("nuclear-disarmament");
    expect(r.getTopic("corona").id).toBe("pandemic");
  });

  it("gets events, agreements, sources, quotes, offices and any record by id", () => {
    expect(r.getEvent("2020-dialogue").kind).toBe("dialogue");
    expect(r.getAgreement("2022-arms-deal").items?.[0]?.quantity).toBe(48);
    expect(r.getSource("src-a").language).toBe("en");
    expect(r.getQuote("ishiba-neighbours").translated).toBe(true);
    expect(r.getOffice("kang-fm-2020").roles).toEqual(["foreign-minister"]);
    expect(r.get("tokyo").type).toBe("place");
  });

  it("throws UnknownEntityError with type, ref and close suggestions", () => {
    const error = unknownError(() => r.getPerson("Kang Kyung-hwa"));
    expect(error.type).toBe("person");
    expect(error.ref).toBe("Kang Kyung-hwa");
    expect(error.suggestions[0]).toBe("Kang Kyung-wha");
    expect(error.suggestions.length).toBeLessThanOrEqual(5);
    expect(error.message).toContain('did you mean "Kang Kyung-wha"');
    expect(unknownError(() => r.getCountry("Atlantis")).type).toBe("country");
    // a known id of another type is no event
    expect(unknownError(() => r.getEvent("tokyo" as never)).type).toBe("event");
    expect(unknownError(() => r.get("nothing")).type).toBe("record");
  });

  it("rejects non-string references with a TypeError", () => {
    expect(() => r.getPerson(42 as never)).toThrow(TypeError);
    expect(() => r.getEvent(undefined as never)).toThrow(TypeError);
  });
});

describe("resolve", () => {
  it("resolves any type by name, alias or id", () => {
    expect(r.resolve("Tokio")?.id).toBe("tokyo");
    expect(r.resolve("DPRK")?.id).toBe("KP");
    expect(r.resolve("2020-dialogue")?.type).toBe("event");
    expect(r.resolve("Stockholm Initiative for Nuclear Disarmament")?.id).toBe(
      "stockholm-initiative",
    );
  });

  it("returns undefined and never throws on odd input", () => {
    for (const input of ["", " ", "x".repeat(10_000), "💥🇰🇷", "\u0000\u001b[2J", "Atlantis"]) {
      expect(r.resolve(input)).toBeUndefined();
    }
    expect(r.resolve(undefined as never)).toBeUndefined();
  });
});

describe("findEvents", () => {
  it("returns every event in chronological order, less precise dates first", () => {
    expect(ids(r.findEvents())).toEqual([
      "2020-stockholm",
      "2020-press",
      "2020-dialogue",
      "2025-summit",
      "2025-scm",
    ]);
  });

  it("requires every country, person and organization to take part", () => {
    expect(ids(r.findEvents({ countries: ["DE", "KR"] }))).toEqual([
      "2020-stockholm",
      "2020-press",
      "2020-dialogue",
    ]);
    expect(ids(r.findEvents({ countries: ["Deutschland", "France"] }))).toEqual(["2020-stockholm"]);
    expect(ids(r.findEvents({ people: ["Maas", "Kang"] }))).toEqual(["2020-dialogue"]);
    expect(ids(r.findEvents({ organizations: ["Stockholm Initiative"] }))).toEqual([
      "2020-stockholm",
    ]);
  });

  it("matches any of the topics and kinds", () => {
    expect(ids(r.findEvents({ topics: ["pandemic", "nuclear-disarmament"] }))).toEqual([
      "2020-stockholm",
      "2020-press",
      "2020-dialogue",
    ]);
    expect(ids(r.findEvents({ kinds: ["summit", "meeting"] }))).toEqual([
      "2025-summit",
      "2025-scm",
    ]);
  });

  it("filters by subjects, source and status", () => {
    expect(ids(r.findEvents({ subjects: ["North Korea"] }))).toEqual(["2020-dialogue"]);
    expect(ids(r.findEvents({ source: "src-b" }))).toEqual(["2025-summit", "2025-scm"]);
    expect(ids(r.findEvents({ status: "planned" }))).toEqual(["2025-scm"]);
  });

  it("filters by date overlap; a partial `to` covers its whole month or year", () => {
    expect(ids(r.findEvents({ from: "2020-08-10", to: "2020-08-10" }))).toEqual([
      "2020-stockholm",
      "2020-press",
      "2020-dialogue",
    ]);
    expect(ids(r.findEvents({ from: "2025-08-24" }))).toEqual(["2025-summit", "2025-scm"]);
    expect(ids(r.findEvents({ to: "2025-08" }))).toEqual([
      "2020-stockholm",
      "2020-press",
      "2020-dialogue",
      "2025-summit",
    ]);
    expect(ids(r.findEvents({ from: "2021", to: "2024" }))).toEqual([]);
  });

  it("composes filters as an intersection", () => {
    const both = ids(r.findEvents({ countries: ["KR"], kinds: ["press-conference", "summit"] }));
    const a = new Set(ids(r.findEvents({ countries: ["KR"] })));
    const b = ids(r.findEvents({ kinds: ["press-conference", "summit"] }));
    expect(both).toEqual(b.filter((id) => a.has(id)));
  });

  it("gives an empty list for a real country without events", () => {
    expect(r.findEvents({ countries: ["KP"] })).toEqual([]);
  });

  it("throws for unknown entities, impossible dates and wrong argument types", () => {
    const error = unknownError(() => r.findEvents({ countries: ["Suedkorea", "Atlantis"] }));
    expect(error.ref).toBe("Atlantis");
    expect(unknownError(() => r.findEvents({ topics: ["no such topic"] })).type).toBe("topic");
    expect(unknownError(() => r.findEvents({ source: "src-z" as never })).type).toBe("source");
    expect(() => r.findEvents({ from: "2020-13-45" })).toThrow(RangeError);
    expect(() => r.findEvents({ from: "2020-13-45" })).toThrow(/2020-13-45/);
    expect(() => r.findEvents({ to: "2021-02-29" })).toThrow(/2021-02-29/);
    expect(() => r.findEvents({ from: "2025", to: "2020" })).toThrow(RangeError);
    expect(() => r.findEvents({ kinds: ["picnic" as never] })).toThrow(RangeError);
    expect(() => r.findEvents({ countries: "KR" as never })).toThrow(TypeError);
    expect(() => r.findEvents("KR" as never)).toThrow(TypeError);
  });
});

describe("timeline and partners", () => {
  it("lists a country's events and a pair's shared events in date order", () => {
    expect(ids(r.timeline("Japan").map((e) => e.event))).toEqual(["2025-summit"]);
    expect(ids(r.timeline("KR", "Germany").map((e) => e.event))).toEqual([
      "2020-stockholm",
      "2020-press",
      "2020-dialogue",
    ]);
    // North Korea takes part in no event, but the dialogue is about it.
    expect(r.timeline("North Korea").map((e) => [e.event.id, e.role])).toEqual([
      ["2020-dialogue", "about"],
    ]);
    expect(() => r.timeline("Atlantis")).toThrow(UnknownEntityError);
  });

  it("counts shared events per partner, most first, ties by code", () => {
    expect(r.partners("KR")).toEqual([
      { country: "DE", events: 3, first: "2020", last: "2020-08-10" },
      { country: "FR", events: 1, first: "2020", last: "2020" },
      { country: "JP", events: 1, first: "2025-08-23", last: "2025-08-23" },
    ]);
    expect(r.partners("KP")).toEqual([]);
    expect(() => r.partners("Atlantis")).toThrow(UnknownEntityError);
  });
});

describe("officeHolders", () => {
  it("without `at`: every term of the role, newest first", () => {
    expect(ids(r.officeHolders({ role: "foreign-minister" }))).toEqual([
      "maas-fm-2020",
      "kang-fm-2020",
    ]);
    expect(ids(r.officeHolders({ role: "diplomat", country: "Südkorea" }))).toEqual([
      "kang-diplomat-2010",
    ]);
  });

  it("with `at`: the terms held then, from start to end", () => {
    expect(
      ids(r.officeHolders({ role: "foreign-minister", country: "KR", at: "2020-08" })),
    ).toEqual(["kang-fm-2020"]);
    // Kang's term ran from 2017-06-18 to 2021-02-08.
    expect(r.officeHolders({ role: "foreign-minister", country: "KR", at: "2022" })).toEqual([]);
    expect(
      r.officeHolders({ role: "foreign-minister", country: "KR", at: "2017-06" }),
    ).toHaveLength(1);
    expect(r.officeHolders({ role: "foreign-minister", country: "KR", at: "2017-05" })).toEqual([]);
    // A term without start or end is known from the first to the last date a source shows it.
    expect(ids(r.officeHolders({ role: "diplomat", at: "2010" }))).toEqual(["kang-diplomat-2010"]);
    expect(r.officeHolders({ role: "diplomat", at: "2011" })).toEqual([]);
    // A current term without an end stays open; a former one ends.
    expect(ids(r.officeHolders({ role: "foreign-minister", at: "2030" }))).toEqual([
      "maas-fm-2020",
    ]);
    expect(r.officeHolders({ role: "head-of-government", at: "2026" })).toEqual([]);
    expect(ids(r.officeHolders({ role: "head-of-government", at: "2025" }))).toEqual([
      "ishiba-pm-2025",
    ]);
  });

  it("rejects unknown roles, entities and dates", () => {
    expect(() => r.officeHolders({ role: "king" as never })).toThrow(RangeError);
    expect(() => r.officeHolders({ role: "foreign-minister", at: "2020-02-30" })).toThrow(
      /2020-02-30/,
    );
    expect(() => r.officeHolders({ role: "foreign-minister", country: "Atlantis" })).toThrow(
      UnknownEntityError,
    );
    expect(() => r.officeHolders(undefined as never)).toThrow(TypeError);
  });

  it("lists a person's terms oldest first", () => {
    expect(ids(r.officesOf("Kang"))).toEqual(["kang-diplomat-2010", "kang-fm-2020"]);
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

describe("findQuotes and findAgreements", () => {
  it("filters quotes by speaker, topic, language and date", () => {
    expect(ids(r.findQuotes())).toEqual(["maas-pandemic", "ishiba-neighbours"]);
    expect(ids(r.findQuotes({ speaker: "Shigeru Ishiba" }))).toEqual(["ishiba-neighbours"]);
    expect(ids(r.findQuotes({ language: "de" }))).toEqual(["ishiba-neighbours"]);
    expect(ids(r.findQuotes({ topics: ["COVID-19 pandemic"] }))).toEqual(["maas-pandemic"]);
    expect(ids(r.findQuotes({ from: "2021" }))).toEqual(["ishiba-neighbours"]);
    expect(() => r.findQuotes({ speaker: "Nobody Known" })).toThrow(UnknownEntityError);
    expect(() => r.findQuotes({ language: "xx" as never })).toThrow(RangeError);
    expect(ids(r.findQuotes({ event: "2025-summit" }))).toEqual(["ishiba-neighbours"]);
    expect(() => r.findQuotes({ event: "tokyo" as never })).toThrow(UnknownEntityError);
  });

  it("filters agreements by every party, any kind and date", () => {
    expect(ids(r.findAgreements())).toEqual(["2022-arms-deal", "2025-declaration"]);
    expect(ids(r.findAgreements({ parties: ["KR", "Japan"] }))).toEqual(["2025-declaration"]);
    expect(ids(r.findAgreements({ kinds: ["arms-contract"] }))).toEqual(["2022-arms-deal"]);
    expect(ids(r.findAgreements({ to: "2023" }))).toEqual(["2022-arms-deal"]);
    expect(() => r.findAgreements({ parties: ["Atlantis"] })).toThrow(UnknownEntityError);
    expect(ids(r.findAgreements({ event: "2025-summit" }))).toEqual(["2025-declaration"]);
  });
});

describe("evidence", () => {
  it("returns a record's evidence with its source's metadata", () => {
    const [first] = r.evidenceFor("2020-dialogue");
    expect(first?.quote).toBe("met for the second time");
    expect(first?.sourceRecord.title?.value).toBe("Alpha report");
    expect(() => r.evidenceFor("nothing")).toThrow(UnknownEntityError);
  });

  it("lists the citations of a source", () => {
    const cited = r.citations("src-b").map((c) => c.record);
    expect(cited).toContain("2025-summit");
    expect(cited).not.toContain("2020-dialogue");
  });
});

describe("dataset", () => {
  it("groups the records by type, events in date order", () => {
    expect(r.dataset.records).toHaveLength(fixture.length);
    expect(r.dataset.countries.map((c) => c.id)).toEqual(["KR", "DE", "JP", "KP", "FR"]);
    expect(ids(r.dataset.events)[0]).toBe("2020-stockholm");
  });

  it("rejects duplicate ids and non-arrays", () => {
    expect(() => createRelations([fixture[2], fixture[2]])).toThrow(/duplicate id: also record 0/);
    expect(() => createRelations("x" as never)).toThrow(TypeError);
  });
});

describe("labels and descriptions", () => {
  const both = (id: string, lang: "en" | "de" = "en") => ({
    label: r.recordLabel(id as never, lang),
    describe: r.describe(id as never, lang),
  });

  it("gives every record type a label and its description as parts, in English and German", () => {
    expect(both("2025-scm")).toMatchObject({
      label: "57th SCM",
      describe: { type: "event", status: "planned", summary: "Planned meeting." },
    });
    expect(both("2025-scm", "de")).toMatchObject({
      label: "57. SCM",
      describe: { status: "planned", summary: "Geplantes Treffen." },
    });
    expect(both("ishiba-shigeru")).toMatchObject({
      label: "Ishiba Shigeru",
      describe: { office: { label: "Prime Minister of Japan", status: "former" } },
    });
    expect(r.describe("heiko-maas")).toMatchObject({
      office: {
        label: "Federal Foreign Minister of Germany",
        roles: ["foreign-minister"],
        status: "current",
        start: { value: "2018-03-14" },
      },
    });
    expect(both("KR")).toEqual({
      label: "South Korea",
      describe: { type: "country", alpha3: "KOR", events: 5, eventsAbout: 0 },
    });
    expect(both("KR", "de").label).toBe("Südkorea");
    expect(r.describe("JP")).toMatchObject({ events: 1 });
    expect(r.describe("KP")).toMatchObject({ events: 0 });
    expect(both("stockholm-initiative", "de")).toMatchObject({
      label: "Stockholm Initiative",
      describe: { description: "Abrüstungsgruppe" },
    });
    expect(both("tokyo")).toEqual({
      label: "Tokyo",
      describe: { type: "place", kind: "city", country: "Japan" },
    });
    expect(both("tokyo", "de").label).toBe("Tokio");
    expect(both("covid-19-pandemic")).toMatchObject({
      label: "COVID-19 pandemic",
      describe: { otherLabel: "COVID-19-Pandemie" },
    });
    expect(both("2025-declaration")).toMatchObject({
      label: "Joint declaration",
      describe: { parties: ["Japan", "South Korea"], summary: "First in 17 years." },
    });
    expect(both("2025-declaration", "de").describe).toMatchObject({
      parties: ["Japan", "Südkorea"],
      summary: "Erste seit 17 Jahren.",
    });
    expect(both("ishiba-neighbours")).toMatchObject({
      label: "Da wir Nachbarn sind, gibt es schwierige Fragen zwischen uns.",
      describe: { speaker: "Ishiba Shigeru", date: { value: "2025-08-23" } },
    });
    expect(both("kang-fm-2020")).toMatchObject({
      label: "Kang Kyung-wha: Foreign Minister of South Korea",
      describe: {
        roles: ["foreign-minister"],
        holder: "Kang Kyung-wha",
        titles: ["South Korean Foreign Minister", "Foreign Minister"],
        seen: [{ value: "2020-08-10" }, { value: "2019" }],
      },
    });
    expect(both("src-a")).toMatchObject({
      label: "Alpha report",
      describe: { type: "source", published: { value: "2020-08-10" }, language: "en" },
    });
    // A source without a title is labelled by its summary, never by its id.
    expect(both("src-b").label).toBe("Another report");
    expect(both("src-b", "de").label).toBe("Noch ein Bericht");
  });
});

describe("argument errors name what is wrong", () => {
  it("says which argument has the wrong type, naming the function and argument", () => {
    const cases: [() => unknown, string][] = [
      [
        () => r.findEvents({ people: "Maas" as never }),
        "findEvents(filter).people must be an array, got a string",
      ],
      [
        () => r.findEvents({ organizations: 1 as never }),
        "findEvents(filter).organizations must be an array, got a number",
      ],
      [
        () => r.findEvents({ subjects: {} as never }),
        "findEvents(filter).subjects must be an array, got an object",
      ],
      [() => r.findEvents({ topics: "x" as never }), "findEvents(filter).topics must be an array"],
      [
        () => r.findEvents({ kinds: "summit" as never }),
        "findEvents(filter).kinds must be an array",
      ],
      [
        () => r.findEvents({ kinds: [1 as never] }),
        "findEvents(filter).kinds must be a string, got a number",
      ],
      [() => r.findEvents({ status: "done" as never }), 'Unknown findEvents(filter).status "done"'],
      [
        () => r.findEvents({ source: 3 as never }),
        "findEvents(filter).source must be a name or id (a string), got a number",
      ],
      [() => r.findEvents([] as never), "findEvents(filter) must be an object, got an array"],
      [
        () => r.findQuotes({ speaker: 1 as never }),
        "findQuotes(filter).speaker must be a name or id (a string), got a number",
      ],
      [
        () => r.findQuotes({ event: 1 as never }),
        "findQuotes(filter).event must be a name or id (a string)",
      ],
      [
        () => r.findAgreements({ kinds: ["deal" as never] }),
        'Unknown findAgreements(filter).kinds "deal"',
      ],
      [
        () => r.search("x", { limit: "3" as never }),
        "search(options).limit must be a number, got a string",
      ],
      [() => r.search("x", { limit: -3 }), "search(options).limit must be 0 or more, got -3"],
      [() => r.search("x", null as never), "search(options) must be an object, got null"],
      [() => r.getEvent(1 as never), "getEvent(id) must be a name or id (a string), got a number"],
      [
        () => r.getPerson(1 as never),
        "getPerson(ref) must be a name or id (a string), got a number",
      ],
      [() => r.get(1 as never), "get(id) must be a string, got a number"],
      [
        () => r.findEvents({ from: "2025", to: "2020" }),
        'Invalid findEvents(filter): from "2025" is after to "2020"',
      ],
    ];
    for (const [call, message] of cases) expect(call).toThrow(message);
  });

  it("names an unknown option key and the nearest valid one", () => {
    expect(() => r.findEvents({ country: ["KR"] } as never)).toThrow(
      'Unknown key "country" in findEvents(filter): did you mean "countries"?',
    );
    expect(() => r.findQuotes({ speakers: ["Maas"] } as never)).toThrow('did you mean "speaker"?');
    expect(() => r.officeHolders({ role: "foreign-minister", date: "2020" } as never)).toThrow(
      'Unknown key "date" in officeHolders(query)',
    );
    expect(() => r.search("x", { type: ["event"] } as never)).toThrow('did you mean "types"?');
    expect(() => r.findAgreements({ party: ["KR"] } as never)).toThrow('did you mean "parties"?');
  });

  it("quotes at most 80 characters of what it was given", () => {
    const long = "x".repeat(500);
    for (const call of [
      () => r.getPerson(long),
      () => r.findEvents({ from: long }),
      () => r.findEvents({ kinds: [long as never] }),
      () => r.get(long),
    ]) {
      let message = "";
      try {
        call();
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/x{79}…/);
      expect(message).not.toMatch(/x{81}/);
    }
  });

  it("lists the allowed values of a closed vocabulary", () => {
    expect(() => r.officeHolders({ role: "king" as never })).toThrow(
      /expected one of head-of-state, head-of-government/,
    );
  });
});

describe("candidate selection does not change results", () => {
  it("gives the same events whichever filter narrows first", () => {
    const all = r.findEvents();
    const check = (filter: Parameters<typeof r.findEvents>[0]) => {
      const f = filter ?? {};
      const expected = all.filter(
        (e) =>
          (!f.countries || f.countries.every((c) => e.countries.includes(r.getCountry(c).id))) &&
          (!f.topics || e.topics.some((t) => f.topics?.map((x) => r.getTopic(x).id).includes(t))) &&
          (!f.kinds || f.kinds.includes(e.kind)) &&
          (!f.status || e.status === f.status),
      );
      expect(r.findEvents(filter).map((e) => e.id)).toEqual(expected.map((e) => e.id));
    };
    check({ countries: ["KR"], topics: ["pandemic"] });
    check({ countries: ["KR", "DE", "FR"] });
    check({ topics: ["nuclear-disarmament"], kinds: ["conference", "dialogue"] });
    check({ kinds: ["summit"], status: "occurred" });
    check({ countries: ["KR"], status: "planned" });
  });
});

describe("filters check every condition, whichever index picks the candidates", () => {
  it("needs every country, person, organization, subject and the source", () => {
    // The pair index DE|KR holds three events; none has Japan as a party.
    expect(r.findEvents({ countries: ["DE", "KR", "JP"] })).toEqual([]);
    expect(ids(r.findEvents({ countries: ["DE", "KR", "FR"] }))).toEqual(["2020-stockholm"]);
    // France's one event is the smallest list; Maas did not take part in it.
    expect(r.findEvents({ countries: ["FR"], people: ["Maas"] })).toEqual([]);
    expect(r.findEvents({ people: ["Kang"], organizations: ["Stockholm Initiative"] })).toEqual([]);
    expect(r.findEvents({ countries: ["FR"], subjects: ["KP"] })).toEqual([]);
    expect(ids(r.findEvents({ people: ["Kang"], subjects: ["KP"] }))).toEqual(["2020-dialogue"]);
    expect(r.findEvents({ countries: ["FR"], source: "src-b" })).toEqual([]);
    expect(r.findEvents({ countries: ["FR"], from: "2021" })).toEqual([]);
    expect(r.findEvents({ countries: ["JP"], to: "2024" })).toEqual([]);
  });

  it("needs every party of an agreement and every speaker and topic of a quote", () => {
    expect(r.findAgreements({ parties: ["FR", "JP"] })).toEqual([]);
    expect(ids(r.findAgreements({ parties: [] }))).toEqual(["2022-arms-deal", "2025-declaration"]);
    expect(r.findAgreements({ parties: ["FR"], kinds: ["joint-declaration"] })).toEqual([]);
    expect(r.findQuotes({ speaker: "Ishiba", topics: ["pandemic"] })).toEqual([]);
    expect(ids(r.findQuotes({ speaker: "Maas", topics: ["pandemic"] }))).toEqual(["maas-pandemic"]);
    expect(r.findQuotes({ speaker: "Maas", language: "de" })).toEqual([]);
  });

  it("filters office holders by organization", () => {
    expect(
      r.officeHolders({ role: "foreign-minister", organization: "Stockholm Initiative" }),
    ).toEqual([]);
    expect(() => r.officeHolders({ role: "foreign-minister", organization: "Atlantis" })).toThrow(
      UnknownEntityError,
    );
  });
});

describe("ties and shared names", () => {
  const extended = () =>
    createRelations([
      ...fixture,
      // Given out of order: same date as 2020-dialogue, ids on either side of it.
      { ...find("2020-dialogue"), id: "2020-zz" },
      { ...find("2020-dialogue"), id: "2020-aa" },
      // Japan's second partner event comes first, France's second last.
      { ...find("2025-summit"), id: "2019-kr-jp", date: { value: "2019", basis: "stated" } },
      { ...find("2020-stockholm"), id: "2021-kr-fr", date: { value: "2021", basis: "stated" } },
      // Shares the alias "Kang" with Kang Kyung-wha, who is given first.
      {
        type: "person",
        id: "kang-other",
        name: "Kang Other",
        aliases: ["Kang"],
        nationality: ["KR"],
        description: { en: "Another Kang", de: "Ein anderer Kang" },
        evidence: [{ source: "src-a", quote: "Kang Other" }],
      },
    ] as DatasetRecord[]);

  it("orders events of the same date by id", () => {
    expect(
      ids(extended().findEvents({ from: "2020-08-10", to: "2020-08-10", kinds: ["dialogue"] })),
    ).toEqual(["2020-aa", "2020-dialogue", "2020-zz"]);
  });

  it("orders partners with as many shared events by code", () => {
    expect(
      extended()
        .partners("KR")
        .map((p) => [p.country, p.events]),
    ).toEqual([
      ["DE", 6],
      ["FR", 2],
      ["JP", 2],
    ]);
  });

  it("orders office holders as near to the date by id", () => {
    expect(ids(r.officeHolders({ role: "foreign-minister", at: "2020-08-10" }))).toEqual([
      "kang-fm-2020",
      "maas-fm-2020",
    ]);
  });

  it("gives a shared name to the record given first; the other keeps its own names", () => {
    const relations = extended();
    expect(relations.getPerson("Kang").id).toBe("kang-kyung-wha");
    expect(relations.resolve("Kang")?.id).toBe("kang-kyung-wha");
    expect(relations.getPerson("Kang Other").id).toBe("kang-other");
    expect(relations.officesOf("Kang Other")).toEqual([]);
    expect(relations.search("Kang Other", { types: ["person"] }).hits[0]).toMatchObject({
      id: "kang-other",
    });
    expect(relations.describe("kang-other")).toMatchObject({ description: "Another Kang" });
  });

  it("orders a source's citations by position, then record id", () => {
    const records = r.citations("src-a").map((citation) => citation.record);
    expect(records.length).toBeGreaterThan(3);
    expect(records).toEqual([...records].sort());
  });

  it("returns the same timeline again, unchanged by what a caller did to the last one", () => {
    const first = r.timeline("KR", "DE");
    first.pop();
    expect(ids(r.timeline("KR", "DE").map((e) => e.event))).toEqual([
      "2020-stockholm",
      "2020-press",
      "2020-dialogue",
    ]);
  });

  it("counts a source's credits as its evidence", () => {
    const [source] = fixture;
    const credited = createRelations([
      ...fixture.filter((record) => record !== source),
      {
        ...source,
        credits: [
          {
            person: "heiko-maas",
            role: "photographer",
            evidence: { source: "src-a", quote: "Photo: Heiko Maas" },
          },
        ],
        evidence: [{ source: "src-a", quote: "Alpha report" }],
      },
    ] as DatasetRecord[]);
    expect(credited.evidenceFor("src-a").map((e) => e.quote)).toEqual([
      "Alpha report",
      "Photo: Heiko Maas",
    ]);
    expect(r.evidenceFor("src-a").map((e) => e.quote)).toEqual(["Stockholm Initiative"]);
  });
});

describe("argument errors name the argument", () => {
  it.each([
    [
      "createRelations",
      () => createRelations("x" as never),
      "createRelations(records) must be an array of records, got a string",
    ],
    [
      "search query",
      () => r.search(42 as never).hits,
      "search(query) must be a string, got a number",
    ],
    ["search lang", () => r.search("x", { lang: "fr" as never }).hits, /lang/],
    ["search types", () => r.search("x", { types: "event" as never }).hits, /types/],
    [
      "search type",
      () => r.search("x", { types: ["thing" as never] }).hits,
      /Unknown search\(options\)\.types "thing"/,
    ],
    ["countries", () => r.findEvents({ countries: "KR" as never }), /countries/],
    ["topics", () => r.findQuotes({ topics: "pandemic" as never }), /topics/],
    ["language", () => r.findQuotes({ language: "xx" as never }), /language/],
    ["quote filter", () => r.findQuotes("x" as never), /filter/],
    ["event filter", () => r.findEvents(7 as never), /filter/],
    ["parties", () => r.findAgreements({ parties: "KR" as never }), /parties/],
    ["kinds", () => r.findAgreements({ kinds: "treaty" as never }), /kinds/],
    ["agreement filter", () => r.findAgreements(1 as never), /filter/],
    ["office query", () => r.officeHolders("x" as never), /query/],
    ["role", () => r.officeHolders({ role: "king" as never }), /role/],
    [
      "at",
      () => r.officeHolders({ role: "foreign-minister", at: 2020 as never }),
      /^officeHolders\(query\)\.at must be a partial ISO 8601 date/,
    ],
    ["from", () => r.findEvents({ from: 2020 as never }), /^findEvents\(filter\)\.from must be/],
    ["to", () => r.findEvents({ to: 2020 as never }), /^findEvents\(filter\)\.to must be/],
  ])("%s", (_name, call, message) => {
    expect(call).toThrow(message);
  });

  it("says which kind of record an unknown id was meant to be", () => {
    expect(unknownError(() => r.findQuotes({ event: "tokyo" as never })).type).toBe("event");
    expect(unknownError(() => r.citations("KR" as never)).type).toBe("source");
    expect(unknownError(() => r.getAgreement("2020-dialogue" as never)).type).toBe("agreement");
    expect(unknownError(() => r.findQuotes({ speaker: "KR" })).type).toBe("person");
  });
});

describe("more edge cases a user meets", () => {
  const extended = () =>
    createRelations([
      ...fixture,
      {
        ...find("2020-dialogue"),
        id: "2020-both",
        evidence: [...(find("2020-dialogue").evidence ?? []), { source: "src-b", quote: "both" }],
      },
      { ...find("2025-declaration"), id: "2025-aa" },
      { ...find("2022-arms-deal"), id: "undated-deal", date: undefined },
      { ...find("2022-arms-deal"), id: "1965-treaty", date: { value: "1965", basis: "stated" } },
      {
        type: "person",
        id: "france-gall",
        name: "France Gall",
        aliases: ["France"],
        nationality: ["FR"],
        description: { en: "Singer", de: "Sängerin" },
        basis: "external",
        reason: { en: "Named in no source.", de: "In keiner Quelle genannt." },
      },
      { ...find("maas-pandemic"), id: "gall-quote", speaker: "france-gall" },
    ] as DatasetRecord[]);

  it("needs every person even when the candidates hold only one of them", () => {
    expect(r.findEvents({ people: ["Maas", "Ishiba"] })).toEqual([]);
  });

  it("keeps an event cited by several sources under each of them", () => {
    const relations = extended();
    expect(ids(relations.findEvents({ source: "src-a", people: ["Kang"] }))).toEqual([
      "2020-both",
      "2020-dialogue",
    ]);
    expect(ids(relations.findEvents({ source: "src-b", people: ["Kang"] }))).toEqual(["2020-both"]);
  });

  it("includes quotes on either edge of a date range", () => {
    expect(ids(r.findQuotes({ to: "2020-08-10" }))).toEqual(["maas-pandemic"]);
    expect(ids(r.findQuotes({ from: "2025-08-23" }))).toEqual(["ishiba-neighbours"]);
  });

  it("sorts agreements by date, then id, undated last, and leaves undated ones out of a date range", () => {
    const relations = extended();
    expect(ids(relations.findAgreements())).toEqual([
      "1965-treaty",
      "2022-arms-deal",
      "2025-aa",
      "2025-declaration",
      "undated-deal",
    ]);
    expect(ids(relations.findAgreements({ from: "1900" }))).not.toContain("undated-deal");
    expect(relations.describe("undated-deal")).toEqual({
      type: "agreement",
      kind: "arms-contract",
      parties: ["South Korea", "France"],
      summary: "Tanks and jets.",
    });
  });

  it("finds a pair's events whatever order the event lists its parties in", () => {
    expect(ids(r.timeline("FR", "KR").map((e) => e.event))).toEqual(["2020-stockholm"]);
    expect(ids(r.timeline("KR", "FR").map((e) => e.event))).toEqual(["2020-stockholm"]);
    expect(r.partners("FR").map((p) => p.country)).toEqual(["DE", "KR"]);
  });

  it("suggests names of the kind asked for", () => {
    expect(unknownError(() => r.getPerson("Japan")).suggestions).toEqual([]);
    expect(unknownError(() => r.get("Japn")).suggestions).toEqual(["Japan"]);
    expect(unknownError(() => r.getPerson("Heiko Mass")).suggestions).toEqual(["Heiko Maas"]);
  });

  it("gets events, agreements and sources by exact title too, in any language", () => {
    expect(unknownError(() => r.getEvent("Strategic dialog" as never)).type).toBe("event");
    expect(r.getEvent("Strategic dialogue").id).toBe("2020-dialogue");
    expect(r.getEvent("strategischer dialog").id).toBe("2020-dialogue");
    expect(r.getAgreement("Joint declaration").id).toBe("2025-declaration");
    expect(r.getSource("Alpha report").id).toBe("src-a");
    expect(r.resolve("Joint declaration")?.id).toBe("2025-declaration");
  });

  it("searches people by their description", () => {
    expect(r.search("Außenministerin", { types: ["person"] }).hits[0]?.id).toBe("kang-kyung-wha");
  });

  it("finds a speaker whose name is also a country's", () => {
    expect(ids(extended().findQuotes({ speaker: "France" }))).toEqual(["gall-quote"]);
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
