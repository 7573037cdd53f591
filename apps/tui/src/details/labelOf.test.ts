import { describe, expect, it } from "vitest";
import { fixtureRelations } from "../../test/testData.js";
import { labelOf, labelOfId } from "./labelOf.js";

const r = fixtureRelations();

describe("labelOf", () => {
  it("names each kind of record in the language asked for", () => {
    expect(labelOf(r.get("KR"), "de")).toBe("Südkorea");
    expect(labelOf(r.get("tokyo"), "de")).toBe("Tokio");
    expect(labelOf(r.get("2020-dialogue"), "de")).toBe("Strategischer Dialog");
    expect(labelOf(r.get("pandemic"), "en")).toBe("COVID-19 pandemic");
    expect(labelOf(r.get("maas-pandemic"), "en")).toBe("“We fight the pandemic.”");
    expect(labelOf(r.get("src-a"), "en")).toBe("Alpha report");
    expect(labelOf(r.get("src-b"), "en")).toBe("src-b");
  });

  it("falls back to the id for an unknown one", () => {
    expect(labelOfId(r, "atlantis", "en")).toBe("atlantis");
  });
});
