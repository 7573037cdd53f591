import type { DatasetRecord } from "@korea-relations/model";
import { event, fixture } from "@korea-relations/model/fixtures";
import { describe, expect, it } from "vitest";
import { checkDataset } from "./checkDataset.js";
import { EventIndex } from "./EventIndex.js";
import { UnknownEntityError } from "./errors.js";
import { Lookup } from "./lookup.js";
import { NameIndex } from "./NameIndex.js";
import { RecordStore } from "./RecordStore.js";
import { recordLabel } from "./recordLabel.js";
import { timeline } from "./timeline.js";

function timelineOf(records: readonly DatasetRecord[] = fixture) {
  const store = new RecordStore(checkDataset(records));
  const names = new NameIndex(store, (record) => recordLabel(record, "en", (id) => store.get(id)));
  const lookup = new Lookup(names);
  const events = new EventIndex(store, lookup);
  return (a: unknown, b?: unknown, filter?: unknown) => timeline(events, lookup, a, b, filter);
}
const rows = (entries: readonly { event: { id: string }; role: string }[]) =>
  entries.map((entry) => `${entry.event.id} ${entry.role}`);

describe("timeline", () => {
  it("lists a country's events as a party, oldest first", () => {
    expect(rows(timelineOf()("Japan"))).toEqual(["2025-summit party"]);
    expect(rows(timelineOf()("France"))).toEqual(["2020-stockholm party"]);
  });

  it("includes the events about a country, marked `about`", () => {
    // North Korea takes part in no event, but the dialogue is about it.
    expect(rows(timelineOf()("North Korea"))).toEqual(["2020-dialogue about"]);
    const t = timelineOf([
      ...fixture,
      event({
        id: "2019-export-controls",
        kind: "export-control",
        countries: ["JP"],
        subjects: ["KR"],
        date: { value: "2019-07-01", basis: "stated" },
      }),
    ]);
    expect(rows(t("KR")).slice(0, 2)).toEqual([
      "2019-export-controls about",
      "2020-stockholm party",
    ]);
    expect(rows(t("JP"))).toEqual(["2019-export-controls party", "2025-summit party"]);
  });

  it("lists a pair's events: `party` when both take part, `about` when one is only a subject", () => {
    const t = timelineOf();
    expect(rows(t("KR", "Germany"))).toEqual([
      "2020-stockholm party",
      "2020-press party",
      "2020-dialogue party",
    ]);
    expect(rows(t("KR", "KP"))).toEqual(["2020-dialogue about"]);
    expect(rows(t("FR", "KR"))).toEqual(rows(t("KR", "FR")));
    // The same country twice is that country alone.
    expect(rows(t("KR", "Südkorea"))).toEqual(rows(t("KR")));
  });

  it("narrows by the other event filters", () => {
    const t = timelineOf([
      ...fixture,
      event({
        id: "2019-export-controls",
        kind: "export-control",
        countries: ["JP"],
        subjects: ["KR"],
        topics: ["pandemic"],
        date: { value: "2019-07-01", basis: "stated" },
      }),
    ]);
    expect(rows(t("KR", undefined, { topics: ["pandemic"], from: "2020" }))).toEqual([
      "2020-press party",
      "2020-dialogue party",
    ]);
    expect(rows(t("KR", undefined, { kinds: ["export-control"] }))).toEqual([
      "2019-export-controls about",
    ]);
  });

  it("rejects countries it does not know, and filter keys it does not take", () => {
    const t = timelineOf();
    expect(() => t("Atlantis")).toThrow(UnknownEntityError);
    expect(() => t("KR", "Atlantis")).toThrow(UnknownEntityError);
    expect(() => t(7)).toThrow("timeline(a) must be a name or id (a string), got a number");
    expect(() => t("KR", 7)).toThrow("timeline(b) must be a name or id (a string), got a number");
    expect(() => t("KR", undefined, { countries: ["JP"] })).toThrow(
      /^Unknown key "countries" in timeline\(filter\)/,
    );
    expect(() => t("KR", undefined, { involves: ["JP"] })).toThrow(/^Unknown key "involves"/);
    expect(() => t("KR", undefined, "x")).toThrow(
      "timeline(filter) must be an object, got a string",
    );
    expect(() => t("KR", undefined, { from: "2020-13" })).toThrow(
      /^Invalid timeline\(filter\)\.from/,
    );
  });

  it("hands out frozen entries in a fresh list", () => {
    const t = timelineOf();
    const first = t("KR", "DE");
    expect(Object.isFrozen(first[0])).toBe(true);
    first.pop();
    expect(t("KR", "DE")).toHaveLength(3);
  });
});
