/**
 * Questions a reader of the articles would ask, answered through the public
 * API of the built-in dataset and checked against the article text.
 */
import { describe, expect, it } from "vitest";
import {
  evidenceFor,
  findAgreements,
  findEvents,
  getOrganization,
  getPerson,
  officeHolders,
  partners,
  resolve,
  search,
} from "../src/index.js";
import { sourceText } from "../src/sources.js";

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe("source 000: the 2020 Germany–South Korea strategic dialogue", () => {
  const text = sourceText("ffo-2020-08-10-strategic-dialogue");

  it("Who was South Korea's foreign minister at the 2020 strategic dialogue?", () => {
    const [holder] = officeHolders({
      role: "foreign-minister",
      country: "Südkorea",
      at: "2020-08-10",
    });
    expect(getPerson(holder?.person ?? "").name).toBe("Kang Kyung-wha");
    expect(text).toContain("South Korean Foreign Minister KANG Kyung‑wha");
  });

  it("Who was Germany's foreign minister then, and since when?", () => {
    const [holder] = officeHolders({ role: "foreign-minister", country: "DE", at: "2020-08" });
    expect(holder?.person).toBe("heiko-maas");
    expect(holder?.start).toMatchObject({ value: "2018-03-14", basis: "external" });
  });

  it("When did Maas and Kang meet for their strategic dialogue, and is the date stated?", () => {
    const [dialogue] = findEvents({
      people: ["Heiko Maas", "KANG Kyung‑wha"],
      kinds: ["dialogue"],
    });
    expect(dialogue?.date).toMatchObject({ value: "2020-08-10", basis: "inferred" });
    expect(dialogue?.date.reason).toMatch(/today/i);
    expect(text).toContain("10.08.2020");
  });

  it("What did the two foreign ministers discuss?", () => {
    const [dialogue] = findEvents({ people: ["Maas", "Kang"], kinds: ["dialogue"] });
    expect(dialogue?.topics).toEqual(
      expect.arrayContaining(["covid-19-pandemic", "disarmament", "multilateralism"]),
    );
    const quotes = evidenceFor(dialogue?.id ?? "").map((e) => e.quote);
    expect(quotes.some((q) => text.includes(q) && q.includes("disarmament"))).toBe(true);
  });

  it("Which initiatives are Germany and South Korea both part of?", () => {
    expect(getOrganization("Stockholm Initiative").members).toEqual(
      expect.arrayContaining(["DE", "KR"]),
    );
    expect(getOrganization("Alliance for Multilateralism").members).toEqual(
      expect.arrayContaining(["DE", "KR"]),
    );
    expect(text).toContain(
      "Both countries are part of the Stockholm Initiative together with 14 other members.",
    );
  });

  it("What did Germany and South Korea commit to on a COVID-19 vaccine?", () => {
    const [commitment] = findAgreements({
      parties: ["Deutschland", "Republic of Korea"],
      from: "2020",
      to: "2020",
    });
    expect(commitment?.title.en).toMatch(/vaccine/i);
    expect(commitment?.summary.de).toMatch(/öffentliches Gut/);
  });

  it("How did South Korea help Germany during the pandemic?", () => {
    const [help] = findEvents({
      countries: ["KR", "DE"],
      topics: ["COVID-19"],
      kinds: ["cooperation"],
    });
    expect(help?.plover.type).toBe("AID");
    expect(evidenceFor(help?.id ?? "")[0]?.quote).toContain("numerous video conferences");
  });

  it("Where was the dialogue held, and how is that known?", () => {
    const [dialogue] = findEvents({ kinds: ["dialogue"], countries: ["DE", "KR"] });
    expect(dialogue?.place).toMatchObject({ id: "berlin", basis: "external" });
    expect(text).not.toContain("Berlin");
  });

  it("Who took the photos of the release?", () => {
    const person = resolve("Janine Schmitz");
    expect(person?.type).toBe("person");
    expect(text).toContain("© Janine Schmitz/photothek.net");
  });

  it("Is Germany among South Korea's partners?", () => {
    expect(partners("South Korea").find((p) => p.country === "DE")?.events).toBeGreaterThanOrEqual(
      3,
    );
  });

  it("Finds Kang by her Hangul name and by a Western-order spelling", () => {
    expect(search("강경화")[0]?.id).toBe("kang-kyung-wha");
    expect(search("Kyung-wha Kang")[0]?.id).toBe("kang-kyung-wha");
  });
});
