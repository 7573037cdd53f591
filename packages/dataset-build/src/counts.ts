/**
 * The dataset's counts by record type and by source, written into README.md
 * between `<!-- counts:start -->` and `<!-- counts:end -->` by the build.
 */
import type { DatasetRecord, Source } from "@korea-relations/model";
import { RECORD_TYPES } from "@korea-relations/model";

const START = "<!-- counts:start -->";
const END = "<!-- counts:end -->";

function sourcesOf(record: DatasetRecord): Set<string> {
  const ids = new Set((record.evidence ?? []).map((e) => e.source));
  if (record.type === "source") ids.add(record.id);
  return ids;
}

/** A Markdown table: one row per record type, one column per source. */
export function countsTable(records: readonly DatasetRecord[]): string {
  const sources = records
    .filter((r): r is Source => r.type === "source")
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  const header = `| type | all | ${sources.map((s) => `\`${s.file.slice(0, 3)}\``).join(" | ")} |`;
  const rule = `|---|---:|${sources.map(() => "---:").join("|")}|`;
  const rows = RECORD_TYPES.map((type) => {
    const ofType = records.filter((r) => r.type === type);
    const perSource = sources.map((s) => ofType.filter((r) => sourcesOf(r).has(s.id)).length);
    return `| ${type} | ${ofType.length} | ${perSource.join(" | ")} |`;
  });
  const legend = sources.map((s) => `\`${s.file.slice(0, 3)}\` = \`${s.id}\``).join(", ");
  return [
    header,
    rule,
    ...rows,
    "",
    `A record counts for a source when that source evidences it (${legend}). Countries: every ISO 3166-1 country is a record; the per-source columns count those the sources evidence (aliases seen in them).`,
  ].join("\n");
}

/** README.md with its counts section brought up to date (unchanged without markers). */
export function withCounts(readme: string, records: readonly DatasetRecord[]): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start + START.length)}\n${countsTable(records)}\n${readme.slice(end)}`;
}
