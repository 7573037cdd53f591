import { describe, expect, it, vi } from "vitest";
import { fixtureRelations } from "../test/testData.js";
import { lazyRelations } from "./lazyRelations.js";

describe("lazyRelations", () => {
  it("builds the query API on first use, once", () => {
    const make = vi.fn(fixtureRelations);
    const relations = lazyRelations(make);
    expect(make).not.toHaveBeenCalled();
    expect(relations.getCountry("Südkorea").id).toBe("KR");
    expect(relations.dataset.sources).toHaveLength(2);
    expect(make).toHaveBeenCalledTimes(1);
  });
});
