import { describe, expect, it } from "vitest";
import { getOffice, type Office, officeDate } from "./index.js";

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

  it("names what is wrong with something that is no office", () => {
    const call = officeDate as (office: unknown) => unknown;
    expect(() => call("kang")).toThrow(/officeDate\(office\) must be an office record/);
  });
});
