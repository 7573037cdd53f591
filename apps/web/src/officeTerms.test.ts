import { builtin, type Office } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { officeTerms } from "./officeTerms.js";

const r = builtin();

describe("officeTerms", () => {
  it("gives one line per term, by its first role, with start, end and sightings", () => {
    const terms = officeTerms(r.officesOf("lee-jae-myung"));
    expect(terms.map((t) => [t.role, t.office.id])).toEqual([
      ["head-of-state", "lee-jae-myung-head-of-state-2025"],
      ["legislator", "lee-jae-myung-opposition-politician-2023"],
    ]);
    const state = terms[0];
    expect(state?.start?.value).toBe("2025-06-04");
    expect(state?.end).toBeUndefined();
    expect(state?.current).toBe(true);
    expect(state?.seen.length).toBeGreaterThan(0);
    expect(terms[1]?.end?.value).toBe("2025-06-04");
    expect(terms[1]?.current).toBe(false);
  });

  it("orders a country's government by role, then by when each term began", () => {
    const offices = r.relatedRecords("KR").links.offices ?? [];
    const heads = officeTerms(offices).filter((t) => t.role === "head-of-state");
    expect(heads.map((t) => t.person)).toEqual(["yoon-suk-yeol", "lee-jae-myung"]);
    // Yoon's term ended: it is former.
    expect(heads[0]?.current).toBe(false);
    expect(heads[0]?.start?.value).toBe("2022-05-10");
    expect(heads[0]?.end?.value).toBe("2025-04-04");
  });

  it("lists each date a term is seen once, and places a term without a start at its oldest sighting", () => {
    // Three excerpts show Kang in office on 10 Aug 2020.
    const [kang] = officeTerms([r.getOffice("kang-kyung-wha-foreign-minister-2020")]);
    expect(kang?.seen.map((d) => d.value)).toEqual(["2020-08-10"]);
    const base = r.getOffice("mohamed-khaled-nordin-defense-minister-2025");
    const seen = (value: string) => ({ basis: "stated" as const, value });
    const later = { ...base, id: "later", person: "a", start: undefined } as unknown as Office;
    const earlier = {
      ...base,
      id: "earlier",
      person: "b",
      evidence: [
        { source: "s", quote: "q", seen: seen("2025-12") },
        { source: "s", quote: "r", seen: seen("2024-03") },
      ],
    } as unknown as Office;
    // b's oldest sighting (Mar 2024) comes before a's (Nov 2025), though b's first excerpt is later.
    expect(officeTerms([later, earlier]).map((t) => t.person)).toEqual(["b", "a"]);
  });

  it("keeps the same role in different places apart", () => {
    const base = r.getOffice("kang-kyung-wha-foreign-minister-2020");
    const elsewhere = { ...base, id: "x", country: "JP" } as Office;
    expect(officeTerms([base, elsewhere])).toHaveLength(2);
    expect(officeTerms([])).toEqual([]);
  });
});
