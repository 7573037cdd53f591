import type { DatasetRecord } from "@korea-relations/model";
import { agreement, fixture, organization } from "@korea-relations/model/fixtures";
import { expect, describe as group, it } from "vitest";
import { checkDataset } from "./checkDataset.js";
import { type DescribeContext, describe } from "./describe.js";

const records = checkDataset([
  ...fixture,
  agreement({ id: "undated-deal", parties: ["KR", "FR"] }),
  organization({ id: "nis", name: "NIS", kind: "agency", country: "KR" }),
]);
const byId = new Map(records.map((record) => [record.id, record as DatasetRecord]));
const context: DescribeContext<never> = {
  label: (id) => `label of ${id}`,
  latestOffice: (person) =>
    records.find(
      (r) => r.type === "office" && r.person === person && r.start !== undefined,
    ) as never,
  countryEvents: (country) => ({ events: country.length, eventsAbout: 7 }),
  topicRecords: (topic) => topic.length,
};
const parts = (id: string, lang: "en" | "de" = "en") =>
  describe(byId.get(id) as DatasetRecord, lang, context);

group("describe", () => {
  it("describes an event by kind, date, status, summary in the language and its place's label", () => {
    expect(parts("2025-summit", "de")).toEqual({
      type: "event",
      kind: "summit",
      date: {
        value: "2025-08-23",
        end: "2025-08-24",
        basis: "external",
        reason: { en: "Public record.", de: "Öffentlich bekannt." },
      },
      status: "occurred",
      summary: "Lee und Ishiba treffen sich.",
      place: "label of tokyo",
    });
    expect(parts("2025-scm")).not.toHaveProperty("place");
    expect(parts("2025-scm")).toMatchObject({ status: "planned", summary: "Planned meeting." });
  });

  it("describes an agreement by kind, date and its parties' labels; an undated one without date", () => {
    expect(parts("2025-declaration")).toEqual({
      type: "agreement",
      kind: "joint-declaration",
      date: {
        value: "2025-08-23",
        basis: "external",
        reason: { en: "Public record.", de: "Öffentlich bekannt." },
      },
      parties: ["label of JP", "label of KR"],
      summary: "First in 17 years.",
    });
    expect(parts("undated-deal")).not.toHaveProperty("date");
  });

  it("describes a quote by speaker, date, language and whether it is translated", () => {
    expect(parts("ishiba-neighbours")).toEqual({
      type: "quote",
      speaker: "label of ishiba-shigeru",
      date: {
        value: "2025-08-23",
        basis: "external",
        reason: { en: "Public record.", de: "Öffentlich bekannt." },
      },
      language: "de",
      translated: true,
    });
    expect(parts("maas-pandemic")).toMatchObject({ translated: false });
  });

  it("describes a person by their latest office and description", () => {
    expect(parts("kang-kyung-wha", "de")).toEqual({
      type: "person",
      office: {
        label: "Außenministerin Südkoreas",
        roles: ["foreign-minister"],
        status: "former",
        start: {
          value: "2017-06-18",
          basis: "external",
          reason: { en: "Public record.", de: "Öffentlich bekannt." },
        },
        end: {
          value: "2021-02-08",
          basis: "external",
          reason: { en: "Public record.", de: "Öffentlich bekannt." },
        },
      },
      description: "Außenministerin",
    });
    const none = describe(byId.get("heiko-maas") as DatasetRecord, "en", {
      ...context,
      latestOffice: () => undefined,
    });
    expect(none).toEqual({ type: "person", description: "Foreign minister" });
  });

  it("describes an office, a country, an organization, a place, a topic and a source", () => {
    expect(parts("ishiba-pm-2025")).toEqual({
      type: "office",
      roles: ["head-of-government"],
      holder: "label of ishiba-shigeru",
      label: "Prime Minister of Japan",
      titles: ["Premierminister"],
      status: "former",
      end: {
        value: "2025-10-21",
        basis: "external",
        reason: { en: "Public record.", de: "Öffentlich bekannt." },
      },
      seen: [
        {
          value: "2025-08",
          basis: "inferred",
          reason: { en: "Article of August 2025.", de: "Artikel vom August 2025." },
        },
      ],
    });
    // Oldest first, each date once: the fixture's excerpts show 2020-08-10, then 2019.
    const kang = parts("kang-fm-2020");
    expect(kang.type === "office" && kang.seen.map((d) => d.value)).toEqual(["2019", "2020-08-10"]);
    expect(parts("KR")).toEqual({ type: "country", alpha3: "KOR", events: 2, eventsAbout: 7 });
    expect(parts("nis")).toEqual({
      type: "organization",
      kind: "agency",
      description: "An organization",
      country: "label of KR",
    });
    expect(parts("stockholm-initiative")).not.toHaveProperty("country");
    expect(parts("tokyo")).toEqual({ type: "place", kind: "city", country: "label of JP" });
    expect(parts("pandemic")).toEqual({
      type: "topic",
      otherLabel: "COVID-19-Pandemie",
      records: 8,
    });
    expect(parts("pandemic", "de")).toMatchObject({ otherLabel: "COVID-19 pandemic" });
    expect(parts("src-a", "de")).toEqual({
      type: "source",
      published: { value: "2020-08-10", basis: "stated" },
      language: "en",
      summary: "Ein Bericht",
    });
  });

  it("holds parts, not sentences: no words of the front ends", () => {
    const text = JSON.stringify(
      records.map((record) => describe(record as DatasetRecord, "de", context)),
    );
    // Statuses stay vocabulary values ("planned", "former"); the German words are the apps'.
    for (const word of ["geplant", "ehemalig", "Ereignisse", "Ereignis "]) {
      expect(text).not.toContain(word);
    }
  });
});
