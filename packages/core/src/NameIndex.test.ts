import type { DatasetRecord } from "@korea-relations/model";
import { event, fixture, person, place } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { checkDataset } from "./checkDataset.js";
import { NameIndex } from "./NameIndex.js";
import { RecordStore } from "./RecordStore.js";
import { recordLabel } from "./recordLabel.js";

function index(records: readonly DatasetRecord[] = fixture) {
  const store = new RecordStore(checkDataset(records));
  return new NameIndex(store, (record) => recordLabel(record, "en", (id) => store.get(id)));
}

describe("NameIndex.find", () => {
  it("finds countries by code, alpha-3, names in every language and aliases, in any spelling", () => {
    const names = index();
    for (const name of [
      "KR",
      "KOR",
      "South Korea",
      "south korea",
      "Südkorea",
      "suedkorea",
      "SÜDKOREA",
      "대한민국",
      "ROK",
      "Republic of Korea",
    ]) {
      expect(names.find("country", name)?.id, name).toBe("KR");
    }
    expect(names.find("country", "Nordkorea")?.id).toBe("KP");
  });

  it("finds people regardless of case, hyphens, no-break hyphens and name order", () => {
    const names = index();
    for (const name of [
      "kang-kyung-wha",
      "Kang Kyung-wha",
      "KANG Kyung‑wha",
      "kang kyung wha",
      "Kyung-wha Kang",
      "Kang",
      "강경화",
    ]) {
      expect(names.find("person", name)?.id, name).toBe("kang-kyung-wha");
    }
    expect(names.find("person", "Shigeru Ishiba")?.id).toBe("ishiba-shigeru");
    expect(names.find("person", "石破茂")?.id).toBe("ishiba-shigeru");
  });

  it("finds places, organizations and topics by any name, events, agreements and sources by exact title", () => {
    const names = index();
    expect(names.find("place", "Tokio")?.id).toBe("tokyo");
    expect(names.find("place", "東京")?.id).toBe("tokyo");
    expect(names.find("organization", "stockholm initiative")?.id).toBe("stockholm-initiative");
    expect(names.find("topic", "Nukleare Abrüstung")?.id).toBe("nuclear-disarmament");
    expect(names.find("topic", "corona")?.id).toBe("pandemic");
    expect(names.find("event", "Strategic dialogue")?.id).toBe("2020-dialogue");
    expect(names.find("event", "strategischer dialog")?.id).toBe("2020-dialogue");
    expect(names.find("event", "Strategic dialog")).toBeUndefined();
    expect(names.find("agreement", "Joint declaration")?.id).toBe("2025-declaration");
    expect(names.find("source", "Alpha report")?.id).toBe("src-a");
  });

  it("finds only records of the type asked for", () => {
    const names = index();
    expect(names.find("event", "tokyo")).toBeUndefined();
    expect(names.find("person", "Japan")).toBeUndefined();
    expect(names.find("country", "Kang")).toBeUndefined();
  });

  it("gives a shared name to the record given first, and names win over titles", () => {
    const names = index([
      ...fixture,
      person({ id: "kang-other", name: "Kang Other", aliases: ["Kang"] }),
      // An event titled like a person's alias, and a place named like a country.
      event({ id: "maas-event", title: { en: "Maas", de: "Maas" } }),
      place({ id: "japan-town", names: { en: "Japan", de: "Japan" } }),
    ]);
    expect(names.find("person", "Kang")?.id).toBe("kang-kyung-wha");
    expect(names.resolve("Kang")?.id).toBe("kang-kyung-wha");
    expect(names.find("person", "Kang Other")?.id).toBe("kang-other");
    expect(names.resolve("Maas")?.id).toBe("heiko-maas");
    expect(names.find("event", "Maas")?.id).toBe("maas-event");
    expect(names.resolve("Japan")?.id).toBe("JP");
    expect(names.find("place", "Japan")?.id).toBe("japan-town");
  });
});

describe("NameIndex.resolve", () => {
  it("resolves any type by name, alias, id or exact title", () => {
    const names = index();
    expect(names.resolve("Tokio")?.id).toBe("tokyo");
    expect(names.resolve("DPRK")?.id).toBe("KP");
    expect(names.resolve("2020-dialogue")?.type).toBe("event");
    expect(names.resolve("Stockholm Initiative for Nuclear Disarmament")?.id).toBe(
      "stockholm-initiative",
    );
    expect(names.resolve("Joint declaration")?.id).toBe("2025-declaration");
  });

  it("returns undefined for names of nothing, however odd or long", () => {
    const names = index();
    for (const input of ["", " ", "x".repeat(10_000), "💥🇰🇷", "\u0000\u001b[2J", "Atlantis", "-"]) {
      expect(names.resolve(input), input.slice(0, 10)).toBeUndefined();
    }
  });

  it("looks up an id of any length, but no name longer than 1000 characters", () => {
    const long = `k${"x".repeat(1200)}`;
    const names = index([...fixture, person({ id: "long-name", name: long })]);
    expect(names.resolve(long)).toBeUndefined();
    expect(names.find("person", long)).toBeUndefined();
    const short = `k${"x".repeat(990)}`;
    expect(index([...fixture, person({ id: "name", name: short })]).resolve(short)?.id).toBe(
      "name",
    );
  });
});

describe("NameIndex.suggestions", () => {
  it("suggests labels of the nearest names, of the type asked for, at most five", () => {
    const names = index();
    expect(names.suggestions("Kang Kyung-hwa", "person")[0]).toBe("Kang Kyung-wha");
    expect(names.suggestions("Heiko Mass", "person")).toEqual(["Heiko Maas"]);
    expect(names.suggestions("Japn")).toEqual(["Japan"]);
    expect(names.suggestions("Japan", "person")).toEqual([]);
    expect(names.suggestions("a").length).toBeLessThanOrEqual(5);
  });

  it("puts names containing the input first, then by edit distance, then by id", () => {
    const names = index();
    // "korea" is in South Korea and North Korea (ids KP < KR), both before names merely near it.
    expect(names.suggestions("korea", "country").slice(0, 2)).toEqual([
      "North Korea",
      "South Korea",
    ]);
  });

  it("suggests nothing for empty or blank input", () => {
    expect(index().suggestions("")).toEqual([]);
    expect(index().suggestions("   ")).toEqual([]);
  });

  it("looks at no more than 200 characters of the input", () => {
    const started = performance.now();
    index().suggestions("y".repeat(100_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
