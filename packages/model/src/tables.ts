/**
 * The dataset as flat tables with typed columns: one per record type, and
 * long tables for what a record holds several of (evidence, participants,
 * credits, amounts, items), serialised to CSV and NDJSON with the same
 * columns. The build writes the core package's `data/<table>.csv`, `.ndjson`
 * with it (and `.parquet` from `tableColumns`); the core package publishes it
 * as `@korea-relations/core/tables`, so anyone (the CLI's `export`, the web
 * page's downloads) turns their own records into the same tables.
 *
 * Naming (documented in the README, "Exports for other tools"):
 * - snake_case everywhere; no name is an SQL keyword DuckDB reserves;
 * - every record table's key is `<type>_id`, and a reference to one record is
 *   the referenced type's key name (`person_id`, `event_id`), with a role
 *   prefix where the field names a role (`part_of_event_id`); a reference
 *   that may point at several types is `<role>_id` with `<role>_type`
 *   (`speaker_id`, `record_id`); a list of references is `<field>_ids`;
 * - a record's own date is `<type>_date`, other dates `<field>_date`, each
 *   with `_end`, `_basis`, `_reason_en`, `_reason_de` (as written) and
 *   `_from`, `_to`, `_precision` (the days it covers);
 * - a reason (why a fact is `inferred` or `external`) is two columns,
 *   `<field>_reason_en` and `<field>_reason_de`, as every text the dataset
 *   writes in both languages (`<field>_en`, `<field>_de`);
 * - the events table keeps POLECAT's (`event_type`, `event_mode`) and GDELT's
 *   (`cameo_root_code`, `quad_class`) names where the meanings match;
 * - every row ends with `dataset_version` when the version is given.
 */

import { expectString, quoted, typeName } from "./argument";
import { csvText } from "./csvText";
import { dateInterval } from "./dates";
import { quadClass } from "./quadClass";
import { evidenceOf } from "./recordKinds";
import type {
  DatasetRecord,
  DateValue,
  Evidence,
  Label,
  NativeName,
  OfficeEvidence,
  RecordOf,
  RecordType,
} from "./types";
import { RECORD_TYPES } from "./vocabulary";

/** A column's type, as DuckDB names it; `VARCHAR[]` is a JSON array of strings in CSV. */
export type ColumnType = "VARCHAR" | "DATE" | "BOOLEAN" | "INTEGER" | "DOUBLE" | "VARCHAR[]";

type Cell = string | number | boolean | readonly string[] | undefined;

interface Column<R> {
  readonly name: string;
  readonly type: ColumnType;
  /** What the column holds, one line of Markdown (for the README and `dataset.meta.json`). */
  readonly doc: string;
  /** The cell of a row; `typeOf` gives the type of the record with an id. */
  readonly value: (row: R, typeOf: (id: string) => RecordType | undefined) => Cell;
  /** Quoted in CSV even when it needs no quoting: a code whose leading zeros matter. */
  readonly quoted?: true;
}

/** The name of a table: a record type, or a long table of what records hold several of. */
export type TableName =
  | RecordType
  | "evidence"
  | "office_sighting"
  | "participant"
  | "credit"
  | "amount"
  | "item";

interface Table<R> {
  readonly name: TableName;
  /** What one row is. */
  readonly doc: string;
  readonly rows: (records: readonly DatasetRecord[]) => R[];
  readonly columns: readonly Column<R>[];
}

/** The column makers, for rows of type `R`. */
function columnsOf<R>() {
  const text = (name: string, doc: string, value: (row: R) => string | undefined): Column<R> => ({
    name,
    type: "VARCHAR",
    doc,
    value,
  });
  const mapped = <T, U>(value: T | undefined, map: (value: T) => U) =>
    value === undefined ? undefined : map(value);
  const reason = (name: string, get: (row: R) => Label | undefined): Column<R>[] => [
    text(`${name}_reason_en`, `${REASON} (English)`, (r) => get(r)?.en),
    text(`${name}_reason_de`, `${REASON} (German)`, (r) => get(r)?.de),
  ];
  return {
    text,
    list: (
      name: string,
      doc: string,
      value: (row: R) => readonly string[] | undefined,
    ): Column<R> => ({ name, type: "VARCHAR[]", doc, value }),
    flag: (name: string, doc: string, value: (row: R) => boolean | undefined): Column<R> => ({
      name,
      type: "BOOLEAN",
      doc,
      value,
    }),
    number: (
      name: string,
      type: "INTEGER" | "DOUBLE",
      doc: string,
      value: (row: R) => number | undefined,
    ): Column<R> => ({ name, type, doc, value }),
    /** A code whose leading zeros matter: quoted in CSV even where no quoting is needed. */
    code: (name: string, doc: string, value: (row: R) => string | undefined): Column<R> => ({
      name,
      type: "VARCHAR",
      doc,
      value,
      quoted: true,
    }),
    /**
     * A date's columns: `<name>`, `<name>_end`, `<name>_basis`, `<name>_reason`
     * as written, and `<name>_from`, `<name>_to` (first and last day covered,
     * ISO) and `<name>_precision` (of the date as written: year, month or day).
     */
    date: (name: string, doc: string, get: (row: R) => DateValue | undefined): Column<R>[] => {
      const range = (row: R) => mapped(get(row), (value) => dateInterval(value, name));
      return [
        text(
          name,
          `${doc}: partial ISO date as written (\`YYYY\`, \`YYYY-MM\` or \`YYYY-MM-DD\`)`,
          (r) => get(r)?.value,
        ),
        text(
          `${name}_end`,
          `end of a span that starts at \`${name}\`, as written`,
          (r) => get(r)?.end,
        ),
        text(`${name}_basis`, BASIS, (r) => get(r)?.basis),
        ...reason(name, (r) => get(r)?.reason),
        {
          name: `${name}_from`,
          type: "DATE",
          doc: `first day \`${name}\` covers`,
          value: (r) => mapped(range(r), (d) => isoDay(d.start)),
        },
        {
          name: `${name}_to`,
          type: "DATE",
          doc: `last day \`${name}\` (or \`${name}_end\`) covers`,
          value: (r) => mapped(range(r), (d) => isoDay(d.end)),
        },
        text(
          `${name}_precision`,
          `\`year\`, \`month\` or \`day\`: how precise \`${name}\` is`,
          (r) => mapped(range(r), (d) => PRECISION[d.precision]),
        ),
      ];
    },
    /** A value with how it is known: `<name>`, `<name>_basis`, `<name>_reason_en`, `<name>_reason_de`. */
    attested: (
      name: string,
      doc: string,
      get: (row: R) => { value: string; basis: string; reason?: Label } | undefined,
    ): Column<R>[] => [
      text(name, doc, (r) => get(r)?.value),
      text(`${name}_basis`, BASIS, (r) => get(r)?.basis),
      ...reason(name, (r) => get(r)?.reason),
    ],
    /** Why a fact is not `stated`: `<name>_reason_en`, `<name>_reason_de`. */
    reason: (name: string, get: (row: R) => Label | undefined): Column<R>[] => reason(name, get),
    /**
     * A record no source mentions: `basis` (`external`, else empty) and
     * `reason_en`, `reason_de` (why it is in the dataset).
     */
    external: (get: (row: R) => { basis?: string; reason?: Label }): Column<R>[] => [
      text(
        "basis",
        "`external` where no source mentions the record (it is known from outside them); empty: it is evidenced",
        (r) => get(r).basis,
      ),
      text(
        "reason_en",
        "why an `external` record is in the dataset (English)",
        (r) => get(r).reason?.en,
      ),
      text(
        "reason_de",
        "why an `external` record is in the dataset (German)",
        (r) => get(r).reason?.de,
      ),
    ],
    /** A name in native script: `native_name`, `native_language`. */
    native: (get: (row: R) => NativeName | undefined): Column<R>[] => [
      text("native_name", "name in native script (Hangul, Kanji…)", (r) => get(r)?.name),
      text("native_language", "its BCP 47 language (`ko`, `ja`…)", (r) => get(r)?.lang),
    ],
    /** A text in English and German: `<name>_en`, `<name>_de`. */
    label: (
      name: string,
      doc: string,
      get: (row: R) => { en: string; de: string } | undefined,
    ): Column<R>[] => [
      text(`${name}_en`, `${doc} (English)`, (r) => get(r)?.en),
      text(`${name}_de`, `${doc} (German)`, (r) => get(r)?.de),
    ],
  };
}

type Columns<R> = ReturnType<typeof columnsOf<R>>;

const BASIS = "`stated`, `inferred` or `external`: how it is known";
const REASON = "why, one line (where not `stated`)";
const PRECISION = ["year", "month", "day"] as const;
const DAY_MS = 86_400_000;
const isoDay = (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10);

type Of<T extends RecordType> = RecordOf<T>;

/** A table of any row type, for the list of every table. */
const table = <R>(definition: Table<R>) => definition as unknown as Table<unknown>;

/** A record table: `<type>_id`, then one row per record of `type`, in the records' order. */
function recordTable<T extends RecordType>(
  type: T,
  doc: string,
  build: (c: Columns<Of<T>>) => Column<Of<T>>[],
): Table<unknown> {
  const c = columnsOf<Of<T>>();
  return table({
    name: type,
    doc,
    rows: (records) => records.filter((r): r is Of<T> => r.type === type),
    columns: [c.text(`${type}_id`, "record id (key)", (r) => r.id), ...build(c)],
  });
}

/** A long table: one row per element of a list each record of `type` holds. */
function longTable<T extends RecordType, V>(
  name: TableName,
  doc: string,
  type: T,
  get: (record: Of<T>) => readonly V[] | undefined,
  build: (c: Columns<{ readonly record: Of<T>; readonly value: V }>) => Column<{
    readonly record: Of<T>;
    readonly value: V;
  }>[],
): Table<unknown> {
  return table({
    name,
    doc,
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
  readonly evidence: Evidence;
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

const ALIASES = "other names and spellings";

const TABLES: readonly Table<unknown>[] = [
  recordTable("source", "one row per source article", (c) => [
    c.text("language", "BCP 47 language of the text", (r) => r.language),
    ...c.attested("kind", "kind of text (`news-report`, `government-release`…)", (r) => r.kind),
    ...c.attested("publisher", "publisher", (r) => r.publisher),
    ...c.attested("title", "title", (r) => r.title),
    ...c.date("published_date", "publication date", (r) => r.published),
    ...c.attested("url", "address of the article (http(s))", (r) => r.url),
    c.text("file", "file name of the text in the repository's `data/sources/`", (r) => r.file),
    c.text("sha256", "SHA-256 of the text file (hex)", (r) => r.sha256),
    c.flag(
      "full_text_redistributable",
      "whether the publisher's terms allow the full text to be redistributed",
      (r) => r.fullText?.redistributable ?? false,
    ),
    c.text("full_text_reason", "the terms, one line", (r) => r.fullText?.reason),
    ...c.label("summary", "what the text is about", (r) => r.summary),
  ]),
  recordTable("country", "one row per ISO 3166-1 country", (c) => [
    c.text("alpha3", "ISO 3166-1 alpha-3 code (the key is alpha-2)", (r) => r.alpha3),
    ...c.label("name", "common name", (r) => r.names),
    c.text("name_ko", "common name (Korean)", (r) => r.names.ko),
    c.list("aliases", ALIASES, (r) => r.aliases),
    ...c.external((r) => r),
  ]),
  recordTable("place", "one row per place", (c) => [
    c.text("kind", "`city`, `site`, `building`, `region`, `sea` or `island`", (r) => r.kind),
    ...c.label("name", "name", (r) => r.names),
    ...c.native((r) => r.native),
    c.text("country_id", "country it lies in", (r) => r.country),
    c.list("aliases", ALIASES, (r) => r.aliases),
    ...c.external((r) => r),
  ]),
  recordTable("organization", "one row per organization", (c) => [
    c.text("name", "name as the sources use it", (r) => r.name),
    ...c.label("name", "name where it differs by language", (r) => r.names),
    ...c.native((r) => r.native),
    c.text("kind", "`intergovernmental-body`, `ministry`, `agency`…", (r) => r.kind),
    c.text("country_id", "country of a national organization", (r) => r.country),
    c.list("member_ids", "member countries or organizations", (r) => r.members),
    ...c.label("description", "one-line description", (r) => r.description),
    c.list("aliases", ALIASES, (r) => r.aliases),
    ...c.external((r) => r),
  ]),
  recordTable("person", "one row per person", (c) => [
    c.text(
      "name",
      "romanized name, family name first for Korean, Japanese and Chinese people",
      (r) => r.name,
    ),
    ...c.native((r) => r.native),
    c.list("nationality_ids", "countries of nationality", (r) => r.nationality),
    ...c.label("description", "one-line description", (r) => r.description),
    c.list("aliases", ALIASES, (r) => r.aliases),
    ...c.external((r) => r),
  ]),
  recordTable("office", "one row per term: one person in one office, from start to end", (c) => [
    c.text("person_id", "who", (r) => r.person),
    c.list(
      "roles",
      "the roles the office carries (`head-of-state`, `foreign-minister`…)",
      (r) => r.roles,
    ),
    c.text("country_id", "country the office belongs to", (r) => r.country),
    c.text("organization_id", "or organization it belongs to", (r) => r.organization),
    ...c.label("label", "the office, written by the dataset", (r) => r.label),
    c.list("titles", "the titles as the sources word them, verbatim", (r) => r.titles),
    c.text("status", "`current` (no end known) or `former` (the term has ended)", (r) => r.status),
    ...c.date("start_date", "start of the term", (r) => r.start),
    ...c.date("end_date", "end of the term", (r) => r.end),
  ]),
  recordTable("event", "one row per event", (c) => [
    ...c.date("event_date", "when (POLECAT `event_date`)", (r) => r.date),
    c.text("status", "`occurred` or `planned`", (r) => r.status),
    c.text("kind", "`meeting`, `summit`, `talks`…", (r) => r.kind),
    c.text("event_type", "PLOVER 2.0 event type (POLECAT `event_type`)", (r) => r.plover.type),
    c.text("event_mode", "PLOVER mode (POLECAT `event_mode`)", (r) => r.plover.mode),
    c.code(
      "cameo_root_code",
      "CAMEO root code `01`–`20`, two digits (GDELT `EventRootCode`)",
      (r) => r.cameo,
    ),
    c.number(
      "quad_class",
      "INTEGER",
      "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict, from the CAMEO root (GDELT `QuadClass`)",
      (r) => quadClass(r.cameo),
    ),
    c.list("country_ids", "the parties (ISO alpha-2)", (r) => r.countries),
    c.list("subject_ids", "countries the event is about without taking part", (r) => r.subjects),
    c.list("participant_ids", "people taking part (with their offices in `participant`)", (r) =>
      r.participants.map((p) => p.person),
    ),
    c.list("organization_ids", "organizations taking part", (r) => r.organizations),
    c.list("topic_ids", "topics", (r) => r.topics),
    c.text("place_id", "where", (r) => r.place?.id),
    c.text("place_basis", BASIS, (r) => r.place?.basis),
    ...c.reason("place", (r) => r.place?.reason),
    c.text("part_of_event_id", "the event this one is part of", (r) => r.partOf),
    ...c.label("title", "title", (r) => r.title),
    ...c.label("summary", "summary", (r) => r.summary),
  ]),
  recordTable("agreement", "one row per agreement", (c) => [
    c.text("kind", "`treaty`, `pact`, `arms-contract`…", (r) => r.kind),
    ...c.date("agreement_date", "when it was reached", (r) => r.date),
    c.list("party_ids", "countries that are parties", (r) => r.parties),
    c.list("organization_ids", "organizations that are parties", (r) => r.organizations),
    c.text("event_id", "the event at which it was reached", (r) => r.event),
    c.list("topic_ids", "topics", (r) => r.topics),
    ...c.label("title", "title", (r) => r.title),
    ...c.label("summary", "summary", (r) => r.summary),
  ]),
  recordTable("quote", "one row per quotation", (c) => [
    c.text("speaker_id", "who said it", (r) => r.speaker),
    {
      name: "speaker_type",
      type: "VARCHAR",
      doc: "`person` or `organization`",
      value: (r, typeOf) => typeOf(r.speaker),
    },
    c.text("text", "the words, verbatim as printed", (r) => r.text),
    c.text("language", "language it is printed in", (r) => r.language),
    c.flag(
      "translated",
      "whether the speaker said it in another language",
      (r) => r.translated ?? false,
    ),
    c.text(
      "rendering_text",
      "the quote in the other language (English for a German quote, German otherwise): the dataset's translation, never the speaker's words",
      (r) => r.rendering.text,
    ),
    c.text("rendering_language", "its language (`en` or `de`)", (r) => r.rendering.language),
    c.text("rendering_by", "who translated it: always `dataset`", (r) => r.rendering.by),
    ...c.date("quote_date", "when it was said", (r) => r.date),
    c.text("event_id", "the event it was said at", (r) => r.event),
    c.list("topic_ids", "topics", (r) => r.topics),
  ]),
  recordTable("topic", "one row per topic", (c) => [
    ...c.label("label", "label", (r) => r.label),
    c.list("aliases", ALIASES, (r) => r.aliases),
    ...c.external((r) => r),
  ]),
  (() => {
    const c = columnsOf<EvidenceRow>();
    return table<EvidenceRow>({
      name: "evidence",
      doc: "one row per verbatim excerpt and record field it backs (an excerpt backing two fields is two rows)",
      rows: evidenceRows,
      columns: [
        c.text("record_id", "the record it backs", (r) => r.record.id),
        c.text("record_type", "that record's type (its table)", (r) => r.record.type),
        c.text(
          "field",
          "the field it backs (`date`, `place`…; `credits` for a source's credits); empty: the whole record",
          (r) => r.field,
        ),
        c.text("source_id", "the source it is quoted from", (r) => r.evidence.source),
        c.text(
          "page_position",
          "where on the page it stands: `body`, `headline`, `teaser`, `caption`, `tag`, `link` or `credit`",
          (r) => r.evidence.position,
        ),
        c.text("quote", "the excerpt, verbatim", (r) => r.evidence.quote),
        c.number(
          "span_start",
          "INTEGER",
          "its start in the source text (UTF-16 offset, as `@korea-relations/core/sources`)",
          (r) => r.evidence.span?.[0],
        ),
        c.number("span_end", "INTEGER", "its end (exclusive)", (r) => r.evidence.span?.[1]),
      ],
    });
  })(),
  (() => {
    interface SightingRow {
      readonly office: Of<"office">;
      readonly evidence: OfficeEvidence;
      readonly as: "in_office" | "former";
      readonly date: DateValue;
    }
    const c = columnsOf<SightingRow>();
    return table<SightingRow>({
      name: "office_sighting",
      doc: "one row per date at which an office's evidence shows the person in office, or as a former holder",
      rows: (records) =>
        records
          .filter((r): r is Of<"office"> => r.type === "office")
          .flatMap((office) =>
            office.evidence.flatMap((evidence) => [
              ...(evidence.seen
                ? [{ office, evidence, as: "in_office" as const, date: evidence.seen }]
                : []),
              ...(evidence.former
                ? [{ office, evidence, as: "former" as const, date: evidence.former }]
                : []),
            ]),
          ),
      columns: [
        c.text("office_id", "the office (term)", (r) => r.office.id),
        c.text("person_id", "its holder", (r) => r.office.person),
        c.text(
          "seen_as",
          "`in_office`: the excerpt shows the person in office then; `former`: as a former holder",
          (r) => r.as,
        ),
        ...c.date("seen_date", "when", (r) => r.date),
        c.text("source_id", "the source of the excerpt", (r) => r.evidence.source),
        c.text("quote", "the excerpt, verbatim (also in `evidence`)", (r) => r.evidence.quote),
        c.number(
          "span_start",
          "INTEGER",
          "its start in the source text (UTF-16 offset), as in `evidence`",
          (r) => r.evidence.span?.[0],
        ),
      ],
    });
  })(),
  longTable(
    "participant",
    "one row per person taking part in an event",
    "event",
    (r) => r.participants,
    (c) => [
      c.text("event_id", "the event", (r) => r.record.id),
      c.text("person_id", "the person", (r) => r.value.person),
      c.text("office_id", "the office (term) they held there", (r) => r.value.office),
    ],
  ),
  longTable(
    "credit",
    "one row per person a source credits",
    "source",
    (r) => r.credits,
    (c) => [
      c.text("source_id", "the source", (r) => r.record.id),
      c.text("person_id", "the person", (r) => r.value.person),
      c.text("role", "`author`, `editor` or `photographer`", (r) => r.value.role),
    ],
  ),
  longTable(
    "amount",
    "one row per amount of money an agreement is worth",
    "agreement",
    (r) => r.value,
    (c) => [
      c.text("agreement_id", "the agreement", (r) => r.record.id),
      c.number("amount", "DOUBLE", "the amount", (r) => r.value.amount),
      c.text("currency", "ISO 4217 code", (r) => r.value.currency),
      c.flag(
        "approx",
        "whether the source gives it as approximate",
        (r) => r.value.approx ?? false,
      ),
    ],
  ),
  longTable(
    "item",
    "one row per kind of item an agreement covers",
    "agreement",
    (r) => r.items,
    (c) => [
      c.text("agreement_id", "the agreement", (r) => r.record.id),
      c.text("name", "the item's correct name", (r) => r.value.name),
      c.number("quantity", "DOUBLE", "how many", (r) => r.value.quantity),
      c.flag(
        "approx",
        "whether the source gives the quantity as approximate",
        (r) => r.value.approx ?? false,
      ),
      c.list(
        "aliases",
        "other spellings, a source's misspellings included",
        (r) => r.value.aliases,
      ),
    ],
  ),
];

/** The name of every table, each written as `<name>.csv` and `<name>.ndjson`. */
export const TABLE_NAMES: readonly TableName[] = TABLES.map((table) => table.name);

/** The last column of every table when the dataset's version is given. */
export const VERSION_COLUMN = "dataset_version";

/**
 * Every table's columns and their DuckDB types, with `dataset_version` last
 * when `versioned` (the default).
 *
 * ```ts
 * tableColumns().event?.find(([name]) => name === "event_date_from"); // ["event_date_from", "DATE"]
 * ```
 */
export function tableColumns(
  versioned = true,
): Record<TableName, [name: string, type: ColumnType][]> {
  return Object.fromEntries(
    Object.entries(tableDocs(versioned)).map(([name, t]) => [
      name,
      t.columns.map((c): [string, ColumnType] => [c.name, c.type]),
    ]),
  ) as Record<TableName, [name: string, type: ColumnType][]>;
}

/** A table's description: what a row is, and each column's name, type and meaning. */
export interface TableDoc {
  /** What one row is (`one row per event`). */
  readonly description: string;
  /** The columns in order: name, DuckDB type and meaning (one line of Markdown). */
  readonly columns: readonly { name: string; type: ColumnType; description: string }[];
}

const VERSION_DOC = "the dataset's version (`DATASET_VERSION`), the same in every row";

/**
 * Every table's description, with `dataset_version` last when `versioned`
 * (the default): what the published `dataset.meta.json` lists under `tables`.
 *
 * ```ts
 * tableDocs().participant?.description; // "one row per person taking part in an event"
 * ```
 */
export function tableDocs(versioned = true): Record<TableName, TableDoc> {
  return Object.fromEntries(
    TABLES.map((t): [string, TableDoc] => [
      t.name,
      {
        description: t.doc,
        columns: [
          ...t.columns.map((c) => ({ name: c.name, type: c.type, description: c.doc })),
          ...(versioned
            ? [{ name: VERSION_COLUMN, type: "VARCHAR" as const, description: VERSION_DOC }]
            : []),
        ],
      },
    ]),
  ) as Record<TableName, TableDoc>;
}

/** The column names of a table. */
export function columns(table: string, versioned = false): string[] {
  return (tableColumns(versioned)[table as TableName] ?? []).map(([name]) => name);
}

const csvCell = (cell: Cell): string | undefined => {
  if (cell === undefined) return undefined;
  if (Array.isArray(cell)) return JSON.stringify(cell);
  return String(cell);
};

/** How {@link tables} writes the tables. */
export interface TablesOptions {
  /** The dataset's version, written last in every row as `dataset_version` (no such column without it). */
  readonly version?: string;
}

/** Throws a `TypeError` naming what is wrong with `tables`' arguments. */
function checkArguments(records: unknown, options: unknown): void {
  if (!Array.isArray(records)) {
    throw new TypeError(`tables(records) must be an array of records, got ${typeName(records)}`);
  }
  records.forEach((record: unknown, i) => {
    const type = (record as { type?: unknown } | null)?.type;
    if (typeof record !== "object" || record === null || !KNOWN_TYPES.has(type as string)) {
      throw new TypeError(
        `tables(records): records[${i}] must be a record with a type (${RECORD_TYPES.join(", ")}), got ${
          typeof type === "string" ? `type ${quoted(type)}` : typeName(record)
        }`,
      );
    }
  });
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`tables(records, options) must be an object, got ${typeName(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (key !== "version") {
      throw new TypeError(
        `Unknown key ${quoted(key)} in tables(records, options): the only key is "version"`,
      );
    }
  }
  const { version } = options as TablesOptions;
  if (version !== undefined) expectString(version, "tables(records, options).version");
}

const KNOWN_TYPES = new Set<string>(RECORD_TYPES);

/**
 * The dataset's flat tables, serialised: `<table>.csv` and `<table>.ndjson`
 * for every table in {@link TABLE_NAMES}, the files `@korea-relations/core`
 * ships under `data/`, made from any records of the published shape (as
 * `createRelations(records).dataset.records` gives them, checked).
 *
 * CSV (RFC 4180, `\n` line ends, a header row): booleans `true`/`false`,
 * lists as JSON arrays in one cell, an absent value as an empty cell,
 * `cameo_root_code` always quoted. NDJSON: one JSON object per row with the
 * same keys in the same order, an absent value as `null`. With
 * `options.version`, every row ends with `dataset_version`. Rows keep the
 * records' order. A wrong argument throws a `TypeError` naming it.
 *
 * ```ts
 * const files = tables(dataset.records, { version: DATASET_VERSION });
 * files.get("event.csv");    // "event_id,event_date,…,dataset_version\n2020-08-…"
 * files.get("event.ndjson"); // '{"event_id":"2020-08-…",…}\n…'
 * ```
 */
export function tables(
  records: readonly DatasetRecord[],
  options: TablesOptions = {},
): Map<string, string> {
  checkArguments(records, options);
  const { version } = options;
  const types = new Map<string, RecordType>(records.map((r) => [r.id, r.type]));
  const typeOf = (id: string) => types.get(id);
  const files = new Map<string, string>();
  for (const { name, rows: rowsOf, columns: cols } of TABLES) {
    const header = [...cols.map((c) => c.name), ...(version === undefined ? [] : [VERSION_COLUMN])];
    const rows = rowsOf(records).map((row) => [
      ...cols.map((c) => c.value(row, typeOf)),
      ...(version === undefined ? [] : [version]),
    ]);
    const alwaysQuoted = cols.flatMap((c) => (c.quoted ? [c.name] : []));
    files.set(
      `${name}.csv`,
      csvText(
        header,
        rows.map((row) => row.map(csvCell)),
        { quoted: alwaysQuoted },
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
