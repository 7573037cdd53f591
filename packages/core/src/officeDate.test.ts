import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getOffice, type Office, officeDate, officeSightings } from "./index.js";

describe("officeDate", () => {
  it("places an office at its start, else at the oldest date a source shows it held", () => {
    expect(officeDate(getOffice("kang-kyung-wha-foreign-minister-2020"))?.value).toBe("2017-06-18");
    expect(officeDate(getOffice("mohamed-khaled-nordin-defense-minister-2025"))?.value).toBe(
      "2025-11-01",
    );
    expect(officeDate(getOffice("rah-jong-yil-diplomat-2023"))).toBeUndefined();
    const base = getOffice("dan-pinkston-academic-2023");
    const office: Office = {
      ...base,
      evidence: [
        { source: "s", quote: "later", seen: { value: "2023-05-24", basis: "stated" } },
        { source: "s", quote: "earlier", seen: { value: "2021-03", basis: "stated" } },
      ],
    };
    // The oldest sighting, not the first excerpt's.
    expect(officeDate(office)).toEqual({ value: "2021-03", basis: "stated" });
  });

  it("is the first of officeSightings where the office has no start, whatever the order of its excerpts", () => {
    const base = getOffice("dan-pinkston-academic-2023");
    const date = fc.record({
      value: fc.constantFrom("2021", "2021-03", "2021-03-01", "2021-03-15", "2020-12", "2022"),
      basis: fc.constantFrom("stated" as const, "inferred" as const),
    });
    fc.assert(
      fc.property(fc.array(fc.option(date, { nil: undefined }), { maxLength: 6 }), (seen) => {
        const { start: _, ...rest } = base;
        const office: Office = {
          ...rest,
          evidence: seen.map((d, i) => ({
            source: "s",
            quote: `excerpt ${i}`,
            ...(d === undefined ? {} : { seen: d }),
          })),
        };
        // The same object, not only an equal one: the first excerpt of equals.
        expect(officeDate(office)).toBe(officeSightings(office)[0]?.date);
      }),
    );
  });

  it("names what is wrong with something that is no office", () => {
    const call = officeDate as (office: unknown) => unknown;
    expect(() => call("kang")).toThrow(/officeDate\(office\) must be an office record/);
  });
});
