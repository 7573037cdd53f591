import {
  builtin,
  type DatasetRecord,
  type Relations,
  UnknownEntityError,
} from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { fixtureRelations } from "../../test/testData.js";
import { buildDetail } from "./buildDetail.js";
import type { Detail } from "./Detail.js";
import { detailLinks } from "./detailLinks.js";

const r = fixtureRelations();
const section = (detail: Detail, title: string) =>
  detail.sections.find((s) => s.title.startsWith(title))?.rows ?? [];
const refs = (detail: Detail, title: string) => section(detail, title).map((row) => row.ref);

describe("buildDetail", () => {
  it("shows a person's offices over time as officesOf returns them", () => {
    const detail = buildDetail(r, "Kyung-wha Kang", "en");
    expect(detail.id).toBe("kang-kyung-wha");
    expect(detail.title).toBe("Kang Kyung-wha");
    expect(refs(detail, "Offices")).toEqual(r.officesOf("kang-kyung-wha").map((o) => o.id));
    expect(refs(detail, "Events")).toEqual(["2020-dialogue"]);
    expect(
      section(detail, "Facts")
        .map((row) => row.text)
        .join("\n"),
    ).toContain("강경화 (ko) · external");
    expect(detail.timeline).toEqual(["KR"]);
  });

  it("shows a person's quotes and the agreements of their events", () => {
    const detail = buildDetail(r, "ishiba-shigeru", "en");
    expect(refs(detail, "Quotes")).toEqual(["ishiba-neighbours"]);
    expect(refs(detail, "Agreements")).toEqual(["2025-declaration"]);
  });

  it("shows a country's partners as a bar chart of shared events", () => {
    const detail = buildDetail(r, "Südkorea", "en");
    const partners = section(detail, "Partners");
    expect(partners.map((row) => row.ref)).toEqual(r.partners("KR").map((p) => p.country));
    expect(partners[0]?.bar).toEqual({
      value: r.partners("KR")[0]?.events,
      max: r.partners("KR")[0]?.events,
    });
    expect(partners.map((row) => row.timeline)).toEqual(
      r.partners("KR").map((p) => ["KR", p.country]),
    );
    expect(refs(detail, "Events as a party")).toEqual(
      r
        .timeline("KR")
        .filter((e) => e.role === "party")
        .map((e) => e.event.id),
    );
    expect(refs(detail, "Office holders")).toEqual(["kang-diplomat-2010", "kang-fm-2020"]);
    expect(detail.timeline).toEqual(["KR"]);
  });

  it("shows an event's date with its basis, place, participants with offices, codes", () => {
    const summit = buildDetail(r, "2025-summit", "en");
    const facts = section(summit, "Facts");
    expect(facts.find((row) => row.lead === "date")?.text).toBe(
      "23–24 Aug 2025 · external: Public record.",
    );
    expect(facts.find((row) => row.lead === "date")?.basis?.basis).toBe("external");
    expect(facts.find((row) => row.lead === "place")).toMatchObject({
      ref: "tokyo",
      field: "place",
    });
    expect(facts.find((row) => row.lead === "PLOVER")?.text).toBe("CONSULT · visit");
    expect(facts.find((row) => row.lead === "CAMEO")?.text).toMatch(/^04 · /);
    expect(section(summit, "Participants")[0]).toMatchObject({
      ref: "ishiba-shigeru",
      evidence: "ishiba-pm-2025",
      text: "Ishiba Shigeru — Prime Minister of Japan (former)",
    });
    expect(refs(summit, "Agreements")).toEqual(["2025-declaration"]);
    expect(refs(summit, "Quotes")).toEqual(["ishiba-neighbours"]);
    expect(summit.timeline).toEqual(["JP", "KR"]);
    const press = buildDetail(r, "2020-press", "de");
    expect(section(press, "Facts")[0]?.text).toBe("Aug 2020 · inferred: Derselbe Besuch.");
    expect(press.title).toBe("Pressekonferenz");
  });

  it("shows an event's countries, subjects and topics as links", () => {
    const dialogue = buildDetail(r, "2020-dialogue", "en");
    expect(refs(dialogue, "Parties")).toEqual(["DE", "KR"]);
    expect(refs(dialogue, "About")).toEqual(["KP"]);
    expect(new Set(refs(dialogue, "Topics"))).toEqual(new Set(["pandemic", "nuclear-disarmament"]));
  });

  it("shows an agreement's parties, value and items", () => {
    const deal = buildDetail(r, "2022-arms-deal", "en");
    expect(new Set(refs(deal, "Parties"))).toEqual(new Set(["KR", "FR"]));
    // As the brief and the web page write them (core's amountWords).
    expect(section(deal, "Value").map((row) => row.text)).toEqual([
      "approx. €15 billion",
      "approx. $16.2 billion",
    ]);
    expect(section(deal, "Items")[0]?.text).toBe("48 × FA-50 fighter jet (also: FA050)");
  });

  it("shows a quote in its original language with speaker, date and event", () => {
    const quote = buildDetail(r, "ishiba-neighbours", "en");
    expect(quote.sections[0]?.title).toBe("Quote (de, translated)");
    expect(quote.sections[0]?.rows[0]?.text).toBe(
      "“Da wir Nachbarn sind, gibt es schwierige Fragen zwischen uns.”",
    );
    const facts = section(quote, "Facts");
    expect(facts.find((row) => row.lead === "speaker")?.ref).toBe("ishiba-shigeru");
    expect(facts.find((row) => row.lead === "event")?.ref).toBe("2025-summit");
    expect(facts.find((row) => row.lead === "date")?.text).toContain("23 Aug 2025");
  });

  it("shows a quote's rendering marked as the dataset's translation, in the UI's language", () => {
    const rendering = "Because we are neighbours, there are difficult questions between us.";
    expect(buildDetail(r, "ishiba-neighbours", "en").sections[0]?.rows[1]?.text).toBe(
      `translation (dataset) · en: ${rendering}`,
    );
    expect(buildDetail(r, "ishiba-neighbours", "de").sections[0]?.rows[1]?.text).toBe(
      `Übersetzung (Datensatz) · en: ${rendering}`,
    );
  });

  it("shows organizations, topics, places, offices and sources", () => {
    expect(new Set(refs(buildDetail(r, "stockholm-initiative", "en"), "Members"))).toEqual(
      new Set(["KR", "DE"]),
    );
    expect(refs(buildDetail(r, "pandemic", "en"), "Events")).toEqual([
      "2020-press",
      "2020-dialogue",
    ]);
    expect(refs(buildDetail(r, "Tokio", "en"), "Events held here")).toEqual(["2025-summit"]);
    const office = buildDetail(r, "kang-fm-2020", "en");
    expect(office.title).toBe("Kang Kyung-wha: Foreign Minister of South Korea");
    expect(refs(office, "Events in this office")).toEqual(["2020-dialogue"]);
    const source = buildDetail(r, "src-b", "en");
    expect(section(source, "Source")[0]).toMatchObject({ reader: "src-b" });
    expect(refs(source, "What this source supports: events")).toEqual(["2025-summit", "2025-scm"]);
  });

  it("names an office's roles in the label language and shows each date it is seen once", () => {
    const kang = buildDetail(r, "kang-fm-2020", "de");
    expect(kang.kind).toBe("office · Außenminister");
    const facts = section(kang, "Facts");
    expect(facts.find((row) => row.lead === "roles")?.text).toBe("Außenminister");
    // Oldest first: the fixture's excerpts show 2020-08-10, then 2019.
    expect(facts.filter((row) => row.lead === "seen").map((row) => row.text)).toEqual([
      "2019 · stated",
      "10 Aug 2020 · stated",
    ]);
    const trump = buildDetail(builtin(), "donald-trump-head-of-state-2025", "en");
    expect(trump.kind).toBe("office · head of state, head of government");
    // Lee is seen twice on 1 Nov 2025: one row, backed by both excerpts.
    const lee = builtin().getOffice("lee-jae-myung-head-of-state-2025");
    const seen = section(buildDetail(builtin(), lee.id, "en"), "Facts").filter(
      (row) => row.lead === "seen",
    );
    expect(seen.map((row) => [row.text.split(" · ")[0], row.excerpts?.length])).toEqual([
      ["23 Aug 2025", 1],
      ["1 Nov 2025", 2],
    ]);
    expect(seen[1]?.text).toMatch(/ · 2 excerpts$/);
    expect(seen[1]?.excerpts).toEqual(lee.evidence.filter((e) => e.seen?.value === "2025-11-01"));
  });

  it("backs a link the record holds with the record's own evidence for that field", () => {
    const dialogue = buildDetail(r, "2020-dialogue", "en");
    for (const row of section(dialogue, "Parties"))
      expect(row).toMatchObject({ evidence: "2020-dialogue", field: "countries" });
    const kang = buildDetail(r, "kang-kyung-wha", "en");
    expect(section(kang, "Facts").find((row) => row.lead === "nationality")).toMatchObject({
      ref: "KR",
      evidence: "kang-kyung-wha",
      field: "nationality",
    });
    // Links pointing at the record are backed by the linking record's evidence.
    expect(section(kang, "Events")[0]?.evidence).toBeUndefined();
  });

  it("throws UnknownEntityError with suggestions for an unknown ref", () => {
    try {
      buildDetail(r, "Kang Kyung-hwa", "en");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownEntityError);
      expect((error as UnknownEntityError).suggestions).toContain("Kang Kyung-wha");
    }
  });

  it.each([
    ["the built-in dataset", () => builtin() as unknown as Relations],
    ["the test fixture", fixtureRelations],
  ])(
    "links, for every record of %s, exactly the records relatedRecords reports, by relation",
    (_, make) => {
      const relations = make();
      let links = 0;
      for (const record of relations.dataset.records as readonly DatasetRecord[]) {
        const expected = Object.fromEntries(
          Object.entries(relations.relatedRecords(record.id).links).map(([relation, list]) => [
            relation,
            [...new Set((list ?? []).map((linked) => linked.id))].sort(),
          ]),
        );
        const shown = Object.fromEntries(
          Object.entries(detailLinks(buildDetail(relations, record.id, "en"))).map(
            ([relation, ids]) => [relation, [...(ids ?? [])].sort()],
          ),
        );
        expect(shown, record.id).toEqual(expected);
        links += Object.values(expected).flat().length;
      }
      expect(links).toBeGreaterThan(relations.dataset.records.length);
    },
  );
});
