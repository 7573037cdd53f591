import { LABEL_LANGUAGES, type Relation } from "@korea-relations/model";
import { fixture } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { builtin } from "./builtin.js";
import { createRelations } from "./createRelations.js";
import { relationHeading } from "./relationHeading.js";

/** Every relation `relatedRecords` reports for some record of `records`. */
function reported(relations: ReturnType<typeof createRelations>): Set<Relation> {
  const seen = new Set<Relation>();
  for (const record of relations.dataset.records) {
    for (const relation of Object.keys(relations.relatedRecords(record.id).links)) {
      seen.add(relation as Relation);
    }
  }
  return seen;
}

describe("relationHeading", () => {
  it("heads every relation relatedRecords reports, in every label language", () => {
    const relations = new Set([
      ...reported(createRelations(fixture)),
      ...reported(builtin() as unknown as ReturnType<typeof createRelations>),
    ]);
    expect(relations.size).toBeGreaterThan(20);
    for (const relation of relations) {
      for (const lang of LABEL_LANGUAGES) {
        expect(relationHeading(relation, lang).trim(), `${relation} ${lang}`).not.toBe("");
      }
    }
  });

  it("words a heading in English (default) and German", () => {
    expect(relationHeading("eventsHeld")).toBe("Events held here");
    expect(relationHeading("parts", "en")).toBe("Sub-events");
    expect(relationHeading("parts", "de")).toBe("Teilereignisse");
  });

  it("names what is wrong with a bad relation or language, and the nearest valid one", () => {
    const call = relationHeading as (relation: unknown, lang?: unknown) => string;
    expect(() => call("evidence")).toThrow(
      /^Unknown relationHeading\(relation\) "evidence": did you mean "evidences"\?/,
    );
    expect(() => call("parts", "ko")).toThrow(RangeError);
    expect(() => call(undefined)).toThrow(
      new TypeError("relationHeading(relation) must be a string, got undefined"),
    );
  });
});
