import { builtin, type Office } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { officeTerms } from "./officeTerms.js";

const r = builtin();

describe("officeTerms", () => {
  it("gathers a person's observations into one term per role, with start and end", () => {
    const terms = officeTerms(r.officesOf("lee-jae-myung"));
    expect(terms.map((t) => t.role)).toEqual(["head-of-state", "head-of-government", "legislator"]);
    const state = terms[0];
    expect(state?.observations.map((o) => o.id)).toEqual([
      "lee-jae-myung-head-of-state-2025",
      "lee-jae-myung-head-of-state-2025-11",
    ]);
    expect(state?.start?.value).toBe("2025-06-04");
    expect(state?.end).toBeUndefined();
    expect(state?.current).toBe(true);
    expect(terms[2]?.end?.value).toBe("2025-06-04");
    expect(terms[2]?.current).toBe(false);
    // Every observation is in exactly one term.
    expect(terms.flatMap((t) => t.observations).length).toBe(r.officesOf("lee-jae-myung").length);
  });

  it("orders a country's government by role, then by when each term began", () => {
    const offices = r.relatedRecords("KR").links.offices ?? [];
    const heads = officeTerms(offices).filter((t) => t.role === "head-of-state");
    expect(heads.map((t) => t.person)).toEqual(["yoon-suk-yeol", "lee-jae-myung"]);
    // The latest observation decides: Yoon is seen in office in 2023 and as former in 2025.
    expect(heads[0]?.current).toBe(false);
    expect(heads[0]?.start?.value).toBe("2022-05-10");
    expect(heads[0]?.end?.value).toBe("2025-04-04");
  });

  it("keeps the same role in different places apart", () => {
    const base = r.getOffice("kang-kyung-wha-foreign-minister-2020");
    const elsewhere = { ...base, id: "x", country: "JP" } as Office;
    expect(officeTerms([base, elsewhere])).toHaveLength(2);
    expect(officeTerms([])).toEqual([]);
  });
});
