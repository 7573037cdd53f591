/**
 * The dataset as flat tables with typed columns: one per record type, and
 * long tables for what a record holds several of (evidence, participants,
 * credits, amounts, items). Serialised once here, at build time, to CSV and
 * NDJSON with the same columns (and to Parquet by `parquetTables`), which the
 * core package ships and the CLI's `export` reuses.
 *
 * Naming (documented in the README, "Exports for other tools"):
 * - snake_case everywhere; no name is an SQL keyword DuckDB reserves;
 * - every record table's key is `<type>_id`, and a reference to one record is
 *   the referenced type's key name (`person_id`, `event_id`), with a role
 *   prefix where the field names a role (`part_of_event_id`); a reference
 *   that may point at several types is `<role>_id` with `<role>_type`
 *   (`speaker_id`, `record_id`); a list of references is `<field>_ids`;
 * - a record's own date is `<type>_date`, other dates `<field>_date`, each
 *   with `_end`, `_basis`, `_reason` (as written) and `_from`, `_to`,
 *   `_precision` (the days it covers);
 * - the events table keeps POLECAT's (`event_type`, `event_mode`) and GDELT's
 *   (`cameo_root_code`, `quad_class`) names where the meanings match;
 * - every row ends with `dataset_version` when the version is given.
 */

import type {
  DatasetRecord,
  DateValue,
  Evidence,
  NativeName,
  RecordOf,
  RecordType,
} from "@korea-relations/model";
import { dateInterval, evidenceOf, quadClass } from "@korea-relations/model";
import { stringify } from "csv-stringify/sync";

/** A column's type, as DuckDB names it; `VARCHAR[]` is a JSON array of strings in CSV. */
export type ColumnType = "VARCHAR" | "DATE" | "BOOLEAN" | "INTEGER" | "DOUBLE" | "VARCHAR[]";

type Cell = string | number | boolean | readonly string[] | undefined;

interface Column<R> {
  readonly name: string;
  readonly type: ColumnType;
  /** The cell of a row; `typeOf` gives the type of the record with an id. */
  readonly value: (row: R, typeOf: (id: string) => RecordType | undefined) => Cell;
  /** Quoted in CSV even when it needs no quoting: a code whose leading zeros matter. */
  readonly quoted?: true;
}

interface Table<R> {
  readonly name: string;
  readonly rows: (records: readonly DatasetRecord[]) => R[];
  readonly columns: readonly Column<R>[];
}

/** The column makers, for rows of type `R`. */
function columnsOf<R>() {
  const text = (name: string, value: (row: R) => string | undefined): Column<R> => ({
    name,
    type: "VARCHAR",
    value,
  });
  const mapped = <T, U>(value: T | undefined, map: (value: T) => U) =>
    value === undefined ? undefined : map(value);
  return {
    text,
    list: (name: string, value: (row: R) => readonly string[] | undefined): Column<R> => ({
      name,
      type: "VARCHAR[]",
      value,
    }),
    flag: (name: string, value: (row: R) => boolean | undefined): Column<R> => ({
      name,
      type: "BOOLEAN",
      value,
    }),
    number: (
      name: string,
      type: "INTEGER" | "DOUBLE",
      value: (row: R) => number | undefined,
    ): Column<R> => ({ name, type, value }),
    /** A code whose leading zeros matter: quoted in CSV even where no quoting is needed. */
    code: (name: string, value: (row: R) => string | undefined): Column<R> => ({
      name,
      type: "VARCHAR",
      value,
      quoted: true,
    }),
    /**
     * A date's columns: `<name>`, `<name>_end`, `<name>_basis`, `<name>_reason`
     * as written, and `<name>_from`, `<name>_to` (first and last day covered,
     * ISO) and `<name>_precision` (of the date as written: year, month or day).
     */
    date: (name: string, get: (row: R) => DateValue | undefined): Column<R>[] => {
      const range = (row: R) => mapped(get(row), (value) => dateInterval(value, name));
      return [
        text(name, (r) => get(r)?.value),
        text(`${name}_end`, (r) => get(r)?.end),
        text(`${name}_basis`, (r) => get(r)?.basis),
        text(`${name}_reason`, (r) => get(r)?.reason),
        {
          name: `${name}_from`,
          type: "DATE",
          value: (r) => mapped(range(r), (d) => isoDay(d.start)),
        },
        { name: `${name}_to`, type: "DATE", value: (r) => mapped(range(r), (d) => isoDay(d.end)) },
        text(`${name}_precision`, (r) => mapped(range(r), (d) => PRECISION[d.precision])),
      ];
    },
    /** A value with how it is known: `<name>`, `<name>_basis`, `<name>_reason`. */
    attested: (
      name: string,
      get: (row: R) => { value: string; basis: string; reason?: string } | undefined,
    ): Column<R>[] => [
      text(name, (r) => get(r)?.value),
      text(`${name}_basis`, (r) => get(r)?.basis),
      text(`${name}_reason`, (r) => get(r)?.reason),
    ],
    /** A name in native script: `native_name`, `native_language`. */
    native: (get: (row: R) => NativeName | undefined): Column<R>[] => [
      text("native_name", (r) => get(r)?.name),
      text("native_language", (r) => get(r)?.lang),
    ],
    /** A text in English and German: `<name>_en`, `<name>_de`. */
    label: (name: string, get: (row: R) => { en: string; de: string } | undefined): Column<R>[] => [
      text(`${name}_en`, (r) => get(r)?.en),
      text(`${name}_de`, (r) => get(r)?.de),
    ],
  };
}

type Columns<R> = ReturnType<typeof columnsOf<R>>;

const PRECISION = ["year", "month", "day"] as const;
const DAY_MS = 86_400_000;
const isoDay = (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10);

type Of<T extends RecordType> = RecordOf<T>;

/** A table of any row type, for the list of every table. */
const table = <R>(definition: Table<R>) => definition as unknown as Table<unknown>;

/** A record table: `<type>_id`, then one row per record of `type`, in the records' order. */
function recordTable<T extends RecordType>(
  type: T,
  build: (c: Columns<Of<T>>) => Column<Of<T>>[],
): Table<unknown> {
  const c = columnsOf<Of<T>>();
  return table({
    name: type,
    rows: (records) => records.filter((r): r is Of<T> => r.type === type),
    columns: [c.text(`${type}_id`, (r) => r.id), ...build(c)],
  });
}

/** A long table: one row per element of a list each record of `type` holds. */
function longTable<T extends RecordType, V>(
  name: string,
  type: T,
  get: (record: Of<T>) => readonly V[] | undefined,
  build: (c: Columns<{ readonly record: Of<T>; readonly value: V }>) => Column<{
    readonly record: Of<T>;
    readonly value: V;
  }>[],
): Table<unknown> {
  return table({
    name,
    rows: (records) =>
      records
        .filter((r): r is Of<T> => r.type === type)
        .flatMap((record) => (get(record) ?? []).map((value) => ({ record, value }))),
    columns: build(columnsOf()),
  });
}

/** One row per evidence and field it backs (`field` empty: the whole record). */
interface EvidenceRow {
  readonly record: DatasetRecord;
  readonly field: string | undefined;
  readonly evidence: Evidence & { readonly position?: string };
}

function evidenceRows(records: readonly DatasetRecord[]): EvidenceRow[] {
  const rows: EvidenceRow[] = [];
  for (const record of records) {
    for (const [path, evidence] of evidenceOf(record)) {
      const fields = path.startsWith("credits[")
        ? ["credits"]
        : evidence.supports && evidence.supports.length > 0
          ? evidence.supports
          : [undefined];
      for (const field of fields) rows.push({ record, field, evidence });
    }
  }
  return rows;
}

const TABLES: readonly Table<unknown>[] = [
  recordTable("source", (c) => [
    c.text("language", (r) => r.language),
    ...c.attested("kind", (r) => r.kind),
    ...c.attested("publisher", (r) => r.publisher),
    ...c.attested("title", (r) => r.title),
    ...c.date("published_date", (r) => r.published),
    ...c.attested("url", (r) => r.url),
    c.text("file", (r) => r.file),
    c.text("sha256", (r) => r.sha256),
    c.flag("full_text_redistributable", (r) => r.fullText?.redistributable ?? false),
    c.text("full_text_reason", (r) => r.fullText?.reason),
    ...c.label("summary", (r) => r.summary),
  ]),
  recordTable("country", (c) => [
    c.text("alpha3", (r) => r.alpha3),
    ...c.label("name", (r) => r.names),
    c.text("name_ko", (r) => r.names.ko),
    c.list("aliases", (r) => r.aliases),
  ]),
  recordTable("place", (c) => [
    c.text("kind", (r) => r.kind),
    ...c.label("name", (r) => r.names),
    ...c.native((r) => r.native),
    c.text("country_id", (r) => r.country),
    c.list("aliases", (r) => r.aliases),
  ]),
  recordTable("organization", (c) => [
    c.text("name", (r) => r.name),
    ...c.label("name", (r) => r.names),
    ...c.native((r) => r.native),
    c.text("kind", (r) => r.kind),
    c.text("country_id", (r) => r.country),
    c.list("member_ids", (r) => r.members),
    ...c.label("description", (r) => r.description),
    c.list("aliases", (r) => r.aliases),
  ]),
  recordTable("person", (c) => [
    c.text("name", (r) => r.name),
    ...c.native((r) => r.native),
    c.list("nationality_ids", (r) => r.nationality),
    ...c.label("description", (r) => r.description),
    c.list("aliases", (r) => r.aliases),
  ]),
  recordTable("office", (c) => [
    c.text("person_id", (r) => r.person),
    c.text("role", (r) => r.role),
    c.text("country_id", (r) => r.country),
    c.text("organization_id", (r) => r.organization),
    c.text("title", (r) => r.title),
    c.text("status", (r) => r.status),
    ...c.date("observed_date", (r) => r.observed),
    ...c.date("start_date", (r) => r.start),
    ...c.date("end_date", (r) => r.end),
  ]),
  recordTable("event", (c) => [
    ...c.date("event_date", (r) => r.date),
    c.text("status", (r) => r.status),
    c.text("kind", (r) => r.kind),
    c.text("event_type", (r) => r.plover.type),
    c.text("event_mode", (r) => r.plover.mode),
    c.code("cameo_root_code", (r) => r.cameo),
    c.number("quad_class", "INTEGER", (r) => quadClass(r.cameo)),
    c.list("country_ids", (r) => r.countries),
    c.list("subject_ids", (r) => r.subjects),
    c.list("participant_ids", (r) => r.participants.map((p) => p.person)),
    c.list("organization_ids", (r) => r.organizations),
    c.list("topic_ids", (r) => r.topics),
    c.text("place_id", (r) => r.place?.id),
    c.text("place_basis", (r) => r.place?.basis),
    c.text("place_reason", (r) => r.place?.reason),
    c.text("part_of_event_id", (r) => r.partOf),
    ...c.label("title", (r) => r.title),
    ...c.label("summary", (r) => r.summary),
  ]),
  recordTable("agreement", (c) => [
    c.text("kind", (r) => r.kind),
    ...c.date("agreement_date", (r) => r.date),
    c.list("party_ids", (r) => r.parties),
    c.list("organization_ids", (r) => r.organizations),
    c.text("event_id", (r) => r.event),
    c.list("topic_ids", (r) => r.topics),
    ...c.label("title", (r) => r.title),
    ...c.label("summary", (r) => r.summary),
  ]),
  recordTable("quote", (c) => [
    c.text("speaker_id", (r) => r.speaker),
    { name: "speaker_type", type: "VARCHAR", value: (r, typeOf) => typeOf(r.speaker) },
    c.text("text", (r) => r.text),
    c.text("language", (r) => r.language),
    c.flag("translated", (r) => r.translated ?? false),
    ...c.date("quote_date", (r) => r.date),
    c.text("event_id", (r) => r.event),
    c.list("topic_ids", (r) => r.topics),
  ]),
  recordTable("topic", (c) => [
    ...c.label("label", (r) => r.label),
    c.list("aliases", (r) => r.aliases),
  ]),
  (() => {
    const c = columnsOf<EvidenceRow>();
    return table<EvidenceRow>({
      name: "evidence",
      rows: evidenceRows,
      columns: [
        c.text("record_id", (r) => r.record.id),
        c.text("record_type", (r) => r.record.type),
        c.text("field", (r) => r.field),
        c.text("source_id", (r) => r.evidence.source),
        c.text("page_position", (r) => r.evidence.position),
        c.text("quote", (r) => r.evidence.quote),
        c.number("span_start", "INTEGER", (r) => r.evidence.span?.[0]),
        c.number("span_end", "INTEGER", (r) => r.evidence.span?.[1]),
      ],
    });
  })(),
  longTable(
    "participant",
    "event",
    (r) => r.participants,
    (c) => [
      c.text("event_id", (r) => r.record.id),
      c.text("person_id", (r) => r.value.person),
      c.text("office_id", (r) => r.value.office),
    ],
  ),
  longTable(
    "credit",
    "source",
    (r) => r.credits,
    (c) => [
      c.text("source_id", (r) => r.record.id),
      c.text("person_id", (r) => r.value.person),
      c.text("role", (r) => r.value.role),
    ],
  ),
  longTable(
    "amount",
    "agreement",
    (r) => r.value,
    (c) => [
      c.text("agreement_id", (r) => r.record.id),
      c.number("amount", "DOUBLE", (r) => r.value.amount),
      c.text("currency", (r) => r.value.currency),
      c.flag("approx", (r) => r.value.approx ?? false),
    ],
  ),
  longTable(
    "item",
    "agreement",
    (r) => r.items,
    (c) => [
      c.text("agreement_id", (r) => r.record.id),
      c.text("name", (r) => r.value.name),
      c.number("quantity", "DOUBLE", (r) => r.value.quantity),
      c.flag("approx", (r) => r.value.approx ?? false),
      c.list("aliases", (r) => r.value.aliases),
    ],
  ),
];

/** The name of every table, each written as `<name>.csv` and `<name>.ndjson`. */
export const TABLE_NAMES: readonly string[] = TABLES.map((table) => table.name);

/** The last column of every table when the dataset's version is given. */
export const VERSION_COLUMN = "dataset_version";

/** Every table's columns and their DuckDB types, with `dataset_version` when `versioned`. */
export function tableColumns(versioned = true): Record<string, [name: string, type: ColumnType][]> {
  return Object.fromEntries(
    TABLES.map((table) => [
      table.name,
      [
        ...table.columns.map((c): [string, ColumnType] => [c.name, c.type]),
        ...(versioned ? [[VERSION_COLUMN, "VARCHAR"] as [string, ColumnType]] : []),
      ],
    ]),
  );
}

/** The column names of a table. */
export function columns(table: string, versioned = false): string[] {
  return (tableColumns(versioned)[table] ?? []).map(([name]) => name);
}

const csvCell = (cell: Cell): string | undefined => {
  if (cell === undefined) return undefined;
  if (Array.isArray(cell)) return JSON.stringify(cell);
  return String(cell);
};

/**
 * `<table>.csv` and `<table>.ndjson` for every table. CSV: booleans
 * `true`/`false`, lists as JSON arrays, an absent value as an empty cell.
 * NDJSON: one JSON object per row with the same keys in the same order,
 * an absent value as `null`. With `version`, every row ends with
 * `dataset_version`.
 */
export function tables(records: readonly DatasetRecord[], version?: string): Map<string, string> {
  const types = new Map<string, RecordType>(records.map((r) => [r.id, r.type]));
  const typeOf = (id: string) => types.get(id);
  const files = new Map<string, string>();
  for (const { name, rows: rowsOf, columns: cols } of TABLES) {
    const header = [...cols.map((c) => c.name), ...(version === undefined ? [] : [VERSION_COLUMN])];
    const rows = rowsOf(records).map((row) => [
      ...cols.map((c) => c.value(row, typeOf)),
      ...(version === undefined ? [] : [version]),
    ]);
    const quoted = new Set(cols.flatMap((c, index) => (c.quoted ? [index] : [])));
    files.set(
      `${name}.csv`,
      stringify(
        rows.map((row) => row.map(csvCell)),
        {
          header: true,
          columns: header,
          cast: {
            string: (value, context) =>
              !context.header && typeof context.index === "number" && quoted.has(context.index)
                ? { value, quoted: true }
                : value,
          },
        },
      ),
    );
    files.set(
      `${name}.ndjson`,
      rows
        .map(
          (row) =>
            `${JSON.stringify(Object.fromEntries(header.map((n, i) => [n, row[i] ?? null])))}\n`,
        )
        .join(""),
    );
  }
  return files;
}
