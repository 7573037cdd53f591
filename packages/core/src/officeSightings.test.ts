import { describe, expect, it } from "vitest";
import { getOffice, type Office, officeSightings } from "./index.js";

const dated = (office: Office) =>
  officeSightings(office).map((s) => [s.date.value, s.evidence.map((e) => e.quote)]);

describe("officeSightings", () => {
  it("gives each date a source shows an office held once, with every excerpt that shows it", () => {
    const office = getOffice("lee-jae-myung-head-of-state-2025");
    const sightings = officeSightings(office);
    expect(sightings.map((s) => [s.date.value, s.evidence.length])).toEqual([
      ["2025-08-23", 1],
      ["2025-11-01", 2],
    ]);
    // The office's own excerpts, in its order.
    expect(sightings.flatMap((s) => s.evidence)).toEqual(office.evidence.filter((e) => e.seen));
    expect(officeSightings(getOffice("kang-kyung-wha-foreign-minister-2020"))).toHaveLength(1);
    expect(officeSightings(getOffice("rah-jong-yil-diplomat-2023"))).toEqual([]);
  });

  it("orders the dates oldest first, the less precise first, and keeps a date known two ways apart", () => {
    const base = getOffice("kang-kyung-wha-foreign-minister-2020");
    const office: Office = {
      ...base,
      evidence: [
        { source: "s", quote: "a", seen: { value: "2020-08-10", basis: "stated" } },
        { source: "s", quote: "b", seen: { value: "2020-08", basis: "stated" } },
        { source: "s", quote: "c", seen: { value: "2019", basis: "stated" } },
        { source: "s", quote: "d" },
        { source: "s", quote: "e", seen: { value: "2020-08-10", basis: "stated" } },
        {
          source: "s",
          quote: "f",
          seen: { value: "2020-08-10", basis: "inferred", reason: { en: "r", de: "r" } },
        },
      ],
    };
    expect(dated(office)).toEqual([
      ["2019", ["c"]],
      ["2020-08", ["b"]],
      ["2020-08-10", ["a", "e"]],
      ["2020-08-10", ["f"]],
    ]);
  });

  it("names what is wrong with something that is no office", () => {
    const call = officeSightings as (office: unknown) => unknown;
    expect(() => call(undefined)).toThrow(/officeSightings\(office\) must be an office record/);
    expect(() => call({ evidence: {} })).toThrow(TypeError);
    expect(() => call({ evidence: [{ seen: { value: "2020-02-30" } }] })).toThrow(
      /officeSightings\(office\)\.evidence\[0\]\.seen\.value "2020-02-30"/,
    );
  });
});
