/**
 * The dataset as one table per record type, with stable columns: serialised
 * once here, at build time, to CSV and NDJSON files that the core package
 * ships (and the CLI's `export` reuses). The events table names its columns
 * after POLECAT (`event_date`, `event_type`, `event_mode`) and GDELT
 * (`cameo_root_code` ↔ `EventRootCode`, `quad_class` ↔ `QuadClass`) where the
 * meanings match.
 */

import type {
  DatasetRecord,
  DateValue,
  Evidence,
  RecordOf,
  RecordType,
} from "@korea-relations/model";
import { quadClass, RECORD_TYPES } from "@korea-relations/model";
import { stringify } from "csv-stringify/sync";

type Cell = string | number | boolean | undefined;
type Column<T> = readonly [name: string, value: (record: T) => Cell];

const list = (values: readonly string[] | undefined) => (values ?? []).join(";");
const date = <T>(prefix: string, get: (record: T) => DateValue | undefined): Column<T>[] => [
  [prefix, (r) => get(r)?.value],
  [`${prefix}_end`, (r) => get(r)?.end],
  [`${prefix}_basis`, (r) => get(r)?.basis],
];
const evidence = <T extends { readonly evidence?: readonly Evidence[] }>(): Column<T>[] => [
  ["evidence_sources", (r) => list([...new Set((r.evidence ?? []).map((e) => e.source))])],
  ["evidence_quotes", (r) => (r.evidence ?? []).map((e) => e.quote).join(" | ")],
];

const COLUMNS: { [T in RecordType]: readonly Column<RecordOf<T>>[] } = {
  source: [
    ["id", (r) => r.id],
    ["language", (r) => r.language],
    ["kind", (r) => r.kind.value],
    ["publisher", (r) => r.publisher?.value],
    ["publisher_basis", (r) => r.publisher?.basis],
    ["title", (r) => r.title?.value],
    ["title_basis", (r) => r.title?.basis],
    ...date("published", (r: RecordOf<"source">) => r.published),
    ["url", (r) => r.url?.value],
    ["file", (r) => r.file],
    ["sha256", (r) => r.sha256],
  ],
  country: [
    ["id", (r) => r.id],
    ["alpha3", (r) => r.alpha3],
    ["name_en", (r) => r.names.en],
    ["name_de", (r) => r.names.de],
    ["name_ko", (r) => r.names.ko],
    ["aliases", (r) => list(r.aliases)],
  ],
  place: [
    ["id", (r) => r.id],
    ["kind", (r) => r.kind],
    ["name_en", (r) => r.names.en],
    ["name_de", (r) => r.names.de],
    ["native_name", (r) => r.native?.name],
    ["country", (r) => r.country],
    ["aliases", (r) => list(r.aliases)],
  ],
  organization: [
    ["id", (r) => r.id],
    ["name", (r) => r.name],
    ["kind", (r) => r.kind],
    ["country", (r) => r.country],
    ["members", (r) => list(r.members)],
    ["description_en", (r) => r.description.en],
    ["description_de", (r) => r.description.de],
    ["aliases", (r) => list(r.aliases)],
  ],
  person: [
    ["id", (r) => r.id],
    ["name", (r) => r.name],
    ["native_name", (r) => r.native?.name],
    ["nationality", (r) => list(r.nationality)],
    ["description_en", (r) => r.description.en],
    ["description_de", (r) => r.description.de],
    ["aliases", (r) => list(r.aliases)],
  ],
  office: [
    ["id", (r) => r.id],
    ["person", (r) => r.person],
    ["roles", (r) => list(r.roles)],
    ["country", (r) => r.country],
    ["organization", (r) => r.organization],
    ["label_en", (r) => r.label.en],
    ["label_de", (r) => r.label.de],
    ["titles", (r) => list(r.titles)],
    ["status", (r) => r.status],
    ["seen", (r) => list(r.evidence.flatMap((e) => (e.seen ? [e.seen.value] : [])))],
    ...date("start", (r: RecordOf<"office">) => r.start),
    ...date("end", (r: RecordOf<"office">) => r.end),
    ...evidence<RecordOf<"office">>(),
  ],
  event: [
    ["event_id", (r) => r.id],
    ...date("event_date", (r: RecordOf<"event">) => r.date),
    ["status", (r) => r.status],
    ["kind", (r) => r.kind],
    ["event_type", (r) => r.plover.type],
    ["event_mode", (r) => r.plover.mode],
    ["cameo_root_code", (r) => r.cameo],
    ["quad_class", (r) => quadClass(r.cameo)],
    ["countries", (r) => list(r.countries)],
    ["subjects", (r) => list(r.subjects)],
    ["participants", (r) => list(r.participants.map((p) => p.person))],
    ["organizations", (r) => list(r.organizations)],
    ["topics", (r) => list(r.topics)],
    ["place", (r) => r.place?.id],
    ["place_basis", (r) => r.place?.basis],
    ["part_of", (r) => r.partOf],
    ["title_en", (r) => r.title.en],
    ["title_de", (r) => r.title.de],
    ["summary_en", (r) => r.summary.en],
    ["summary_de", (r) => r.summary.de],
    ...evidence<RecordOf<"event">>(),
  ],
  agreement: [
    ["id", (r) => r.id],
    ["kind", (r) => r.kind],
    ...date("date", (r: RecordOf<"agreement">) => r.date),
    ["parties", (r) => list(r.parties)],
    ["organizations", (r) => list(r.organizations)],
    ["event", (r) => r.event],
    ["value", (r) => list(r.value?.map((v) => `${v.approx ? "~" : ""}${v.amount} ${v.currency}`))],
    ["items", (r) => list(r.items?.map((i) => `${i.approx ? "~" : ""}${i.quantity} ${i.name}`))],
    ["topics", (r) => list(r.topics)],
    ["title_en", (r) => r.title.en],
    ["title_de", (r) => r.title.de],
    ["summary_en", (r) => r.summary.en],
    ["summary_de", (r) => r.summary.de],
    ...evidence<RecordOf<"agreement">>(),
  ],
  quote: [
    ["id", (r) => r.id],
    ["speaker", (r) => r.speaker],
    ["text", (r) => r.text],
    ["language", (r) => r.language],
    ["translated", (r) => r.translated ?? false],
    ...date("date", (r: RecordOf<"quote">) => r.date),
    ["event", (r) => r.event],
    ["topics", (r) => list(r.topics)],
    ...evidence<RecordOf<"quote">>(),
  ],
  topic: [
    ["id", (r) => r.id],
    ["label_en", (r) => r.label.en],
    ["label_de", (r) => r.label.de],
    ["aliases", (r) => list(r.aliases)],
  ],
};

/** The column names of each record type's table. */
export function columns(type: RecordType): string[] {
  return COLUMNS[type].map(([name]) => name);
}

function rows(type: RecordType, records: readonly DatasetRecord[]): Cell[][] {
  const cols = COLUMNS[type] as readonly Column<DatasetRecord>[];
  return records.filter((r) => r.type === type).map((r) => cols.map(([, value]) => value(r)));
}

/** `<type>.csv` and `<type>.ndjson` for every record type. */
export function tables(records: readonly DatasetRecord[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const type of RECORD_TYPES) {
    files.set(
      `${type}.csv`,
      stringify(rows(type, records), { header: true, columns: columns(type) }),
    );
    files.set(
      `${type}.ndjson`,
      records
        .filter((r) => r.type === type)
        .map((r) => `${JSON.stringify(r)}\n`)
        .join(""),
    );
  }
  return files;
}
