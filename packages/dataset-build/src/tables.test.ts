import type { DatasetRecord } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { columns, tables } from "./tables.js";

const event = {
  type: "event",
  id: "2020-meeting",
  kind: "meeting",
  title: { en: "Meeting, with a comma", de: "Treffen" },
  summary: { en: 'They said "hi".', de: "Hallo." },
  plover: { type: "CONSULT", mode: "visit" },
  cameo: "04",
  date: { value: "2020-08-10", basis: "stated" },
  status: "occurred",
  participants: [{ person: "a" }, { person: "b" }],
  countries: ["DE", "KR"],
  subjects: [],
  organizations: [],
  topics: [],
  evidence: [{ source: "s", quote: "met" }],
} as const satisfies DatasetRecord;

describe("tables", () => {
  it("names event columns after POLECAT and GDELT where meanings match", () => {
    expect(columns("event").slice(0, 10)).toEqual([
      "event_id",
      "event_date",
      "event_date_end",
      "event_date_basis",
      "status",
      "kind",
      "event_type",
      "event_mode",
      "cameo_root_code",
      "quad_class",
    ]);
  });

  it("writes one CSV row per record with quoting, lists joined by ';'", () => {
    const csv = tables([event]).get("event.csv") ?? "";
    const [header, row] = csv.trim().split("\n");
    expect(header?.split(",")).toEqual(columns("event"));
    expect(row).toContain('"Meeting, with a comma"');
    expect(row).toContain('"They said ""hi""."');
    expect(row).toContain(",DE;KR,");
    expect(row).toContain(",CONSULT,visit,04,1,");
  });

  it("writes NDJSON: one JSON record per line", () => {
    const ndjson = tables([event, event]).get("event.ndjson") ?? "";
    const lines = ndjson.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(parse(lines[0] ?? "")).toEqual(event);
  });
});
