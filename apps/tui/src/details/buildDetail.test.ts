import { UnknownEntityError } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { fixtureRelations } from "../../test/testData.js";
import { buildDetail } from "./buildDetail.js";
import type { Detail } from "./Detail.js";

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
    expect(refs(detail, "Timeline")).toEqual(r.timeline("KR").map((e) => e.event.id));
    expect(refs(detail, "Office holders")).toEqual(["kang-kyung-wha", "kang-kyung-wha"]);
    expect(section(detail, "Office holders").map((row) => row.evidence)).toEqual([
      "kang-fm-2020",
      "kang-diplomat-2010",
    ]);
    expect(detail.timeline).toEqual(["KR"]);
  });

  it("shows an event's date with its basis, place, participants with offices, codes", () => {
    const summit = buildDetail(r, "2025-summit", "en");
    const facts = section(summit, "Facts");
    expect(facts.find((row) => row.lead === "date")?.text).toBe(
      "2025-08-23–2025-08-24 · external: Public record.",
    );
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
    expect(section(press, "Facts")[0]?.text).toBe("2020-08 · inferred: Derselbe Besuch.");
    expect(press.title).toBe("Pressekonferenz");
  });

  it("shows an event's countries, subjects and topics as links", () => {
    const dialogue = buildDetail(r, "2020-dialogue", "en");
    expect(section(dialogue, "Countries").map((row) => `${row.lead}:${row.ref}`)).toEqual([
      "party:DE",
      "party:KR",
      "about:KP",
    ]);
    expect(refs(dialogue, "Topics")).toEqual(["pandemic", "nuclear-disarmament"]);
  });

  it("shows an agreement's parties, value and items", () => {
    const deal = buildDetail(r, "2022-arms-deal", "en");
    expect(refs(deal, "Parties")).toEqual(["KR", "FR"]);
    expect(section(deal, "Value").map((row) => row.text)).toEqual([
      "about 15,000,000,000 EUR",
      "about 16,200,000,000 USD",
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
    expect(facts.find((row) => row.lead === "date")?.text).toContain("2025-08-23");
  });

  it("shows organizations, topics, places, offices and sources", () => {
    expect(refs(buildDetail(r, "stockholm-initiative", "en"), "Members")).toEqual(["KR", "DE"]);
    expect(refs(buildDetail(r, "pandemic", "en"), "Events")).toEqual([
      "2020-press",
      "2020-dialogue",
    ]);
    expect(refs(buildDetail(r, "Tokio", "en"), "Events here")).toEqual(["2025-summit"]);
    const office = buildDetail(r, "kang-fm-2020", "en");
    expect(office.title).toBe("Kang Kyung-wha: Foreign Minister of South Korea");
    expect(refs(office, "Events in this office")).toEqual(["2020-dialogue"]);
    const source = buildDetail(r, "src-b", "en");
    expect(section(source, "Source")[0]).toMatchObject({ reader: "src-b" });
    expect(refs(source, "Events it evidences")).toEqual(["2025-summit", "2025-scm"]);
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
});
