import { type DatasetRecord, RECORD_TYPES } from "@korea-relations/model";
import { fixture, office, organization, source } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { checkDataset } from "./checkDataset.js";
import { recordLabel } from "./recordLabel.js";

function labels(records: readonly DatasetRecord[] = fixture) {
  const byId = new Map(checkDataset(records).map((record) => [record.id, record as DatasetRecord]));
  return (id: string, lang: "en" | "de" = "en") =>
    recordLabel(byId.get(id) as DatasetRecord, lang, (other) => byId.get(other));
}

describe("recordLabel", () => {
  it("labels every record type, in English and German", () => {
    const label = labels();
    expect([label("KR"), label("KR", "de")]).toEqual(["South Korea", "Südkorea"]);
    expect([label("tokyo"), label("tokyo", "de")]).toEqual(["Tokyo", "Tokio"]);
    expect(label("stockholm-initiative", "de")).toBe("Stockholm Initiative");
    expect(label("kang-kyung-wha", "de")).toBe("Kang Kyung-wha");
    expect([label("2025-scm"), label("2025-scm", "de")]).toEqual(["57th SCM", "57. SCM"]);
    expect(label("2025-declaration", "de")).toBe("Gemeinsame Erklärung");
    expect(label("maas-pandemic")).toBe("We fight the pandemic.");
    expect(label("pandemic", "de")).toBe("COVID-19-Pandemie");
    expect(label("src-a")).toBe("Alpha report");
  });

  it("labels an office by its holder's name and the office's label", () => {
    expect(labels()("kang-fm-2020")).toBe("Kang Kyung-wha: Foreign Minister of South Korea");
    expect(labels()("kang-fm-2020", "de")).toBe("Kang Kyung-wha: Außenministerin Südkoreas");
    // A holder the dataset lacks (never after checkDataset) falls back to the id.
    const orphan = office({ id: "orphan", person: "nobody" }) as DatasetRecord;
    expect(recordLabel(orphan, "en", () => undefined)).toBe("nobody: Title");
  });

  it("labels a source without a title by its summary, never by its id", () => {
    expect(labels()("src-b")).toBe("Another report");
    expect(labels()("src-b", "de")).toBe("Noch ein Bericht");
  });

  it("labels an organization by its name in the language where it has names", () => {
    const label = labels([
      ...fixture,
      organization({
        id: "un",
        name: "UN",
        names: { en: "United Nations", de: "Vereinte Nationen" },
      }),
    ]);
    expect([label("un"), label("un", "de")]).toEqual(["United Nations", "Vereinte Nationen"]);
  });

  it("does not loop on a record that names itself", () => {
    const self = office({ id: "self", person: "self" }) as DatasetRecord;
    expect(recordLabel(self, "en", () => self)).toBe("self: Title");
  });

  it("gives every record a non-empty label", () => {
    const label = labels([...fixture, source({ id: "plain" })]);
    const types = new Set<string>();
    for (const record of fixture as readonly DatasetRecord[]) {
      types.add(record.type);
      for (const lang of ["en", "de"] as const) expect(label(record.id, lang)).not.toBe("");
    }
    expect([...types].sort()).toEqual([...RECORD_TYPES].sort());
  });
});
