import { builtin, type DatasetRecord, type Relations } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { browseRecords } from "./browseRecords.js";
import type { ViewContext } from "./viewContext.js";

const context = (r: Relations, lang: "en" | "de") => ({ r, lang }) as unknown as ViewContext;

/** What the list must hold: every record, by label in the language's order, equal labels in input order. */
function expected(records: readonly DatasetRecord[], r: Relations, lang: "en" | "de") {
  const compare = new Intl.Collator(lang).compare;
  return [...records].sort((a, b) => compare(r.recordLabel(a, lang), r.recordLabel(b, lang)));
}

describe("browseRecords", () => {
  it("gives a first part, the next parts and the whole list in one order, the built-in dataset's", () => {
    const r = builtin();
    for (const lang of ["en", "de"] as const) {
      for (const [type, records] of [
        ["person", r.dataset.people],
        ["place", r.dataset.places],
        ["topic", r.dataset.topics],
        ["organization", r.dataset.organizations],
      ] as const) {
        const want = expected(records, r, lang);
        expect(want.length).toBeGreaterThan(8);
        // A fresh list each time: its first part is picked out, the rest sorted.
        for (const first of [1, 5, 8]) {
          const list = browseRecords(type, context(Object.create(r) as Relations, lang));
          expect(list.length).toBe(records.length);
          expect(list.slice(0, first)).toEqual(want.slice(0, first));
          expect(list.slice(first, first + 3)).toEqual(want.slice(first, first + 3));
          expect(list.slice(0, list.length)).toEqual(want);
        }
      }
    }
  });

  it("keeps records with the same name in the dataset's order, in the first part as in the rest", () => {
    const names = ["b", "a", "B", "a", "c", "á", "a", "b", "A", "c", "a", "ä"];
    const people = names.map((name, i) => ({ type: "person", id: `p${i}`, name }));
    const r = {
      dataset: { people },
      recordLabel: (record: { name: string }) => record.name,
    } as unknown as Relations;
    const want = expected(people as unknown as DatasetRecord[], r, "en").map((p) => p.id);
    for (let first = 1; first < names.length; first++) {
      const fresh = { ...r } as Relations;
      const list = browseRecords("person", context(fresh, "en"));
      expect(list.slice(0, first).map((p) => p.id)).toEqual(want.slice(0, first));
      expect(list.slice(0, names.length).map((p) => p.id)).toEqual(want);
    }
  });
});
