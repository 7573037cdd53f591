import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { columns, TABLE_NAMES, tableColumns, tableDocs, tables } from "./tables";
import type { DatasetRecord } from "./types";

/** Evidence with a page position (written by the build where the source has regions). */
const inBody = { source: "s", quote: "met", span: [10, 13], position: "body" } as const;

const event = {
  type: "event",
  id: "2020-meeting",
  kind: "meeting",
  title: { en: "Meeting, with a comma", de: "Treffen" },
  summary: { en: 'They said "hi".', de: "Hallo." },
  plover: { type: "CONSULT", mode: "visit" },
  cameo: "04",
  date: {
    value: "2020-02",
    end: "2021",
    basis: "inferred",
    reason: { en: "From the article's date.", de: "Aus dem Datum des Artikels." },
  },
  status: "occurred",
  place: {
    id: "berlin",
    basis: "external",
    reason: { en: "Where the ministry sits.", de: "Sitz des Ministeriums." },
  },
  participants: [{ person: "a", office: "a-minister" }, { person: "b" }],
  countries: ["DE", "KR"],
  subjects: [],
  organizations: [],
  topics: ['quote"and;semicolon'],
  partOf: "2020-forum",
  evidence: [
    inBody,
    {
      source: "t",
      quote: "in Berlin, in February",
      span: [0, 22],
      position: "caption",
      supports: ["place", "date"],
    },
  ],
} as const satisfies DatasetRecord;

const agreement = {
  type: "agreement",
  id: "2022-deal",
  kind: "arms-contract",
  title: { en: "Deal", de: "Deal" },
  summary: { en: "A deal.", de: "Ein Deal." },
  parties: ["KR", "PL"],
  date: { value: "2022-07-27", basis: "stated" },
  value: [
    { amount: 15_000_000_000, currency: "EUR", approx: true },
    { amount: 1.5, currency: "USD" },
  ],
  items: [{ name: "FA-50 fighter jet", aliases: ["FA050"], quantity: 48 }],
  topics: [],
  evidence: [{ source: "s", quote: "deal" }],
} as const satisfies DatasetRecord;

const quote = {
  type: "quote",
  id: "q",
  speaker: "a",
  text: "Hello",
  language: "en",
  rendering: { language: "de", text: "Hallo", by: "dataset" },
  date: { value: "2020", basis: "stated" },
  topics: [],
  evidence: [{ source: "s", quote: "Hello" }],
} as const satisfies DatasetRecord;

const person = {
  type: "person",
  id: "a",
  name: "A",
  aliases: [],
  nationality: ["KR"],
  description: { en: "a", de: "a" },
  basis: "external",
  reason: { en: "Known from outside.", de: "Von außerhalb bekannt." },
} as const satisfies DatasetRecord;

const office = {
  type: "office",
  id: "a-minister",
  person: "a",
  roles: ["foreign-minister", "vice-foreign-minister"],
  country: "KR",
  titles: ["Foreign Minister", "Außenministerin"],
  label: { en: "Foreign Minister of South Korea", de: "Außenministerin Südkoreas" },
  start: { value: "2019", basis: "external", reason: { en: "Public record.", de: "Öffentlich." } },
  end: { value: "2021-02", basis: "stated" },
  status: "former",
  evidence: [
    { source: "s", quote: "minister", seen: { value: "2020-02-15", basis: "stated" } },
    { source: "t", quote: "former minister", former: { value: "2022", basis: "stated" } },
  ],
} as const satisfies DatasetRecord;

const records: DatasetRecord[] = [event, agreement, quote, person, office];

/** A table as objects, read back with a real CSV parser. */
function csvRows(files: Map<string, string>, table: string): Record<string, string>[] {
  return parse(files.get(`${table}.csv`) ?? "", { columns: true });
}

function ndjsonRows(files: Map<string, string>, table: string): Record<string, unknown>[] {
  const text = files.get(`${table}.ndjson`) ?? "";
  return text === ""
    ? []
    : text
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line));
}

describe("tables", () => {
  const files = tables(records, { version: "1.2.3+abc" });

  it("names every column in snake_case; keys are <type>_id; event columns follow POLECAT/GDELT", () => {
    for (const table of TABLE_NAMES) {
      for (const name of columns(table, true))
        expect(name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    }
    for (const type of ["source", "event", "quote", "topic"]) {
      expect(columns(type)[0]).toBe(`${type}_id`);
    }
    expect(columns("event")).toEqual(
      expect.arrayContaining(["event_id", "event_date", "event_type", "event_mode"]),
    );
    expect(columns("event")).toEqual(expect.arrayContaining(["cameo_root_code", "quad_class"]));
    expect(columns("office")).not.toContain("end");
  });

  it("writes the same columns in CSV and NDJSON, with dataset_version last", () => {
    for (const table of TABLE_NAMES) {
      const header = (files.get(`${table}.csv`) ?? "").split("\n")[0];
      expect(header?.split(","), table).toEqual(columns(table, true));
      for (const row of ndjsonRows(files, table)) {
        expect(Object.keys(row)).toEqual(columns(table, true));
        expect(row.dataset_version).toBe("1.2.3+abc");
      }
    }
    expect(tables(records).get("event.csv")?.split("\n")[0]).not.toContain("dataset_version");
  });

  it("keeps partial dates as written and adds the days they cover and their precision", () => {
    const [row] = csvRows(files, "event");
    expect(row).toMatchObject({
      event_date: "2020-02",
      event_date_end: "2021",
      event_date_basis: "inferred",
      event_date_reason_en: "From the article's date.",
      event_date_reason_de: "Aus dem Datum des Artikels.",
      event_date_from: "2020-02-01",
      event_date_to: "2021-12-31",
      event_date_precision: "month",
    });
    expect(csvRows(files, "agreement")[0]).toMatchObject({
      agreement_date_from: "2022-07-27",
      agreement_date_to: "2022-07-27",
      agreement_date_precision: "day",
      agreement_date_end: "",
    });
    expect(ndjsonRows(files, "quote")[0]).toMatchObject({
      quote_date: "2020",
      quote_date_end: null,
      quote_date_from: "2020-01-01",
      quote_date_to: "2020-12-31",
      quote_date_precision: "year",
    });
  });

  it("writes lists as JSON arrays (escaped once), booleans as true/false, CAMEO codes quoted", () => {
    const csv = files.get("event.csv") ?? "";
    expect(csv).toContain(',"04",1,');
    const [row] = csvRows(files, "event");
    expect(JSON.parse(row?.country_ids ?? "")).toEqual(["DE", "KR"]);
    expect(JSON.parse(row?.topic_ids ?? "")).toEqual(['quote"and;semicolon']);
    expect(row?.subject_ids).toBe("[]");
    expect(row?.participant_ids).toBe('["a","b"]');
    expect(row?.part_of_event_id).toBe("2020-forum");
    expect(ndjsonRows(files, "event")[0]).toMatchObject({
      country_ids: ["DE", "KR"],
      cameo_root_code: "04",
      quad_class: 1,
    });
    expect(csvRows(files, "quote")[0]).toMatchObject({
      translated: "false",
      speaker_id: "a",
      speaker_type: "person",
    });
    expect(ndjsonRows(files, "quote")[0]?.translated).toBe(false);
  });

  it("writes evidence as a long table: one row per excerpt and field it backs", () => {
    expect(csvRows(files, "evidence").filter((r) => r.record_type === "event")).toEqual([
      {
        record_id: "2020-meeting",
        record_type: "event",
        field: "",
        source_id: "s",
        page_position: "body",
        quote: "met",
        span_start: "10",
        span_end: "13",
        dataset_version: "1.2.3+abc",
      },
      ...["place", "date"].map((field) => ({
        record_id: "2020-meeting",
        record_type: "event",
        field,
        source_id: "t",
        page_position: "caption",
        quote: "in Berlin, in February",
        span_start: "0",
        span_end: "22",
        dataset_version: "1.2.3+abc",
      })),
    ]);
    expect(ndjsonRows(files, "evidence")).toHaveLength(7);
  });

  it("writes every reason in English and German, and the records no source mentions", () => {
    expect(csvRows(files, "event")[0]).toMatchObject({
      place_id: "berlin",
      place_basis: "external",
      place_reason_en: "Where the ministry sits.",
      place_reason_de: "Sitz des Ministeriums.",
    });
    expect(ndjsonRows(files, "person")[0]).toMatchObject({
      basis: "external",
      reason_en: "Known from outside.",
      reason_de: "Von außerhalb bekannt.",
    });
    // Every reason is bilingual; `full_text_reason` is a source's terms of use, one line as published.
    for (const table of TABLE_NAMES) {
      const single = columns(table).filter((n) => /_reason$/.test(n) && n !== "full_text_reason");
      expect(single, table).toEqual([]);
    }
  });

  it("writes a quote's rendering as the dataset's translation", () => {
    expect(csvRows(files, "quote")[0]).toMatchObject({
      text: "Hello",
      language: "en",
      rendering_text: "Hallo",
      rendering_language: "de",
      rendering_by: "dataset",
    });
  });

  it("writes an office as a term, and the dates its evidence shows the person in office", () => {
    expect(ndjsonRows(files, "office")[0]).toMatchObject({
      office_id: "a-minister",
      person_id: "a",
      roles: ["foreign-minister", "vice-foreign-minister"],
      country_id: "KR",
      organization_id: null,
      label_en: "Foreign Minister of South Korea",
      label_de: "Außenministerin Südkoreas",
      titles: ["Foreign Minister", "Außenministerin"],
      status: "former",
      start_date: "2019",
      start_date_reason_en: "Public record.",
      start_date_from: "2019-01-01",
      end_date: "2021-02",
      end_date_to: "2021-02-28",
      end_date_precision: "month",
    });
    expect(csvRows(files, "office")[0]?.roles).toBe('["foreign-minister","vice-foreign-minister"]');
    expect(
      csvRows(files, "office_sighting").map((r) => [
        r.seen_as,
        r.seen_date,
        r.seen_date_to,
        r.quote,
      ]),
    ).toEqual([
      ["in_office", "2020-02-15", "2020-02-15", "minister"],
      ["former", "2022", "2022-12-31", "former minister"],
    ]);
  });

  it("writes amounts, items and participants as long tables", () => {
    expect(ndjsonRows(files, "amount")).toEqual([
      {
        agreement_id: "2022-deal",
        amount: 15_000_000_000,
        currency: "EUR",
        approx: true,
        dataset_version: "1.2.3+abc",
      },
      {
        agreement_id: "2022-deal",
        amount: 1.5,
        currency: "USD",
        approx: false,
        dataset_version: "1.2.3+abc",
      },
    ]);
    expect(files.get("amount.csv")).toContain("2022-deal,15000000000,EUR,true,");
    expect(csvRows(files, "item")).toEqual([
      {
        agreement_id: "2022-deal",
        name: "FA-50 fighter jet",
        quantity: "48",
        approx: "false",
        aliases: '["FA050"]',
        dataset_version: "1.2.3+abc",
      },
    ]);
    expect(csvRows(files, "participant").map((r) => [r.person_id, r.office_id])).toEqual([
      ["a", "a-minister"],
      ["b", ""],
    ]);
  });

  it("gives a type to every column", () => {
    const types = Object.fromEntries(tableColumns().event ?? []);
    expect(types).toMatchObject({
      event_date: "VARCHAR",
      event_date_from: "DATE",
      event_date_to: "DATE",
      cameo_root_code: "VARCHAR",
      quad_class: "INTEGER",
      country_ids: "VARCHAR[]",
    });
    expect(Object.fromEntries(tableColumns().quote ?? []).translated).toBe("BOOLEAN");
  });
});

describe("tables' arguments", () => {
  const call = tables as (records: unknown, options?: unknown) => Map<string, string>;

  it("throws a TypeError naming what is wrong", () => {
    expect(() => call("records")).toThrow(
      new TypeError("tables(records) must be an array of records, got a string"),
    );
    expect(() => call([person, { type: "meeting", id: "x" }])).toThrow(
      /^tables\(records\): records\[1\] must be a record with a type \(source, .*\), got type "meeting"$/,
    );
    expect(() => call([null])).toThrow(/records\[0\] must be a record .*, got null$/);
    expect(() => call(records, "1.2.3")).toThrow(
      new TypeError("tables(records, options) must be an object, got a string"),
    );
    expect(() => call(records, { versoin: "1" })).toThrow(
      new TypeError('Unknown key "versoin" in tables(records, options): the only key is "version"'),
    );
    expect(() => call(records, { version: 1 })).toThrow(
      new TypeError("tables(records, options).version must be a string, got a number"),
    );
  });

  it("writes every table, with only a header, for no records", () => {
    const empty = tables([]);
    expect([...empty.keys()]).toEqual(TABLE_NAMES.flatMap((t) => [`${t}.csv`, `${t}.ndjson`]));
    for (const table of TABLE_NAMES) {
      expect(empty.get(`${table}.csv`)).toBe(`${columns(table).join(",")}\n`);
      expect(empty.get(`${table}.ndjson`)).toBe("");
    }
  });
});

describe("tableDocs", () => {
  it("describes every table and column, dataset_version last when versioned", () => {
    const docs = tableDocs();
    expect(Object.keys(docs)).toEqual(TABLE_NAMES);
    for (const [table, doc] of Object.entries(docs)) {
      expect(doc.description, table).not.toBe("");
      expect(doc.columns.map((c) => c.name)).toEqual(columns(table, true));
      expect(doc.columns.at(-1)?.name).toBe("dataset_version");
      for (const column of doc.columns) expect(column.description, column.name).not.toBe("");
    }
    expect(tableDocs(false).event?.columns.map((c) => c.name)).toEqual(columns("event"));
  });
});
