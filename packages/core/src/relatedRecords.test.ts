import { beforeEach, describe, expect, it } from "vitest";
import { fixture } from "../test/fixture.js";
import { createRelations } from "./createRelations.js";
import { UnknownEntityError } from "./errors.js";
import { relatedRecords } from "./relatedRecords.js";

const build = () => createRelations(fixture);
// Built anew before each test: the indexes are then built while a test runs,
// so that mutation testing sees which tests cover them.
let r: ReturnType<typeof build>;
beforeEach(() => {
  r = build();
});
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe("relatedRecords", () => {
  it("gives a person's offices, events, quotes and the agreements of their events", () => {
    const related = relatedRecords(r, "ishiba-shigeru");
    expect(related.record.id).toBe("ishiba-shigeru");
    expect(ids(related.offices)).toEqual(ids(r.officesOf("ishiba-shigeru")));
    expect(ids(related.events)).toEqual(["2025-summit"]);
    expect(ids(related.quotes)).toEqual(["ishiba-neighbours"]);
    expect(ids(related.agreements)).toEqual(["2025-declaration"]);
    expect(related.people).toEqual([]);
  });

  it("takes any name of a named record", () => {
    expect(ids(relatedRecords(r, "Kyung-wha Kang").offices)).toEqual([
      "kang-fm-2019",
      "kang-fm-2020",
    ]);
    expect(relatedRecords(r, "Südkorea").record.id).toBe("KR");
  });

  it("gives a country's events, agreements, quotes, offices (newest first) and nationals", () => {
    const kr = relatedRecords(r, "KR");
    expect(ids(kr.events)).toEqual(ids(r.timeline("KR")));
    expect(ids(kr.agreements)).toEqual(ids(r.findAgreements({ parties: ["KR"] })));
    expect(ids(kr.quotes)).toEqual(["maas-pandemic", "ishiba-neighbours"]);
    expect(ids(kr.offices)).toEqual(["kang-fm-2020", "kang-fm-2019"]);
    expect(ids(kr.people)).toEqual(["kang-kyung-wha"]);
    expect(relatedRecords(r, "FR").offices).toEqual([]);
  });

  it("gives an organization's events", () => {
    const org = relatedRecords(r, "Stockholm Initiative");
    expect(ids(org.events)).toEqual(["2020-stockholm"]);
    expect(org.offices).toEqual([]);
  });

  it("gives the events, agreements and quotes about a topic", () => {
    const topic = relatedRecords(r, "pandemic");
    expect(ids(topic.events)).toEqual(["2020-press", "2020-dialogue"]);
    expect(ids(topic.quotes)).toEqual(["maas-pandemic"]);
    expect(topic.agreements).toEqual([]);
  });

  it("gives the events held at a place and what was agreed and said there", () => {
    const tokyo = relatedRecords(r, "Tokio");
    expect(ids(tokyo.events)).toEqual(["2025-summit"]);
    expect(ids(tokyo.agreements)).toEqual(["2025-declaration"]);
    expect(ids(tokyo.quotes)).toEqual(["ishiba-neighbours"]);
  });

  it("gives an event's agreements, quotes, participants and the offices they held", () => {
    const event = relatedRecords(r, "2020-dialogue");
    expect(ids(event.quotes)).toEqual(["maas-pandemic"]);
    expect(event.agreements).toEqual([]);
    expect(ids(event.offices)).toEqual(["maas-fm-2020", "kang-fm-2020"]);
    expect(ids(event.people)).toEqual(["heiko-maas", "kang-kyung-wha"]);
    expect(ids(relatedRecords(r, "2025-summit").agreements)).toEqual(["2025-declaration"]);
  });

  it("gives the event of an agreement or quote, and a quote's speaker", () => {
    expect(ids(relatedRecords(r, "2025-declaration").events)).toEqual(["2025-summit"]);
    expect(relatedRecords(r, "2022-arms-deal").events).toEqual([]);
    const quote = relatedRecords(r, "maas-pandemic");
    expect(ids(quote.events)).toEqual(["2020-dialogue"]);
    expect(ids(quote.people)).toEqual(["heiko-maas"]);
  });

  it("gives the events an office was held at", () => {
    const office = relatedRecords(r, "kang-fm-2020");
    expect(ids(office.events)).toEqual(["2020-dialogue"]);
    expect(ids(office.people)).toEqual(["kang-kyung-wha"]);
  });

  it("gives the records a source evidences", () => {
    const source = relatedRecords(r, "src-b");
    expect(ids(source.events)).toEqual(["2025-summit", "2025-scm"]);
    expect(ids(source.quotes)).toEqual(["ishiba-neighbours"]);
    expect(ids(source.agreements)).toEqual(["2025-declaration"]);
    expect(ids(source.offices)).toEqual(["ishiba-pm-2025"]);
  });

  it("throws UnknownEntityError for an unknown ref, TypeError for a non-string", () => {
    expect(() => relatedRecords(r, "Atlantis")).toThrow(UnknownEntityError);
    expect(() => relatedRecords(r, 42 as unknown as string)).toThrow(TypeError);
  });
});
