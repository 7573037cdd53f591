/**
 * Coverage report: for each source, the share of its content sentences that
 * at least one record's evidence cites. A sentence counts as cited when
 * evidence spans cover at least half of its (non-space) characters. What is
 * not content is the source's committed `boilerplate` list, not a heuristic.
 *
 * Run: `pnpm data:coverage` (or `npx tsx src/coverage.ts` here). Exit code 1
 * when a source is below the target.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { DatasetRecord, Evidence, Source } from "@korea-relations/model";
import { loadData } from "./loadData.js";
import { findAllQuotes, indexText } from "./textIndex.js";
import { validate } from "./validate.js";

export const COVERAGE_TARGET = 0.9;

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Share of its characters covered by evidence, 0–1. */
  readonly covered: number;
}

export interface SourceCoverage {
  readonly source: string;
  readonly sentences: readonly Sentence[];
  readonly cited: number;
  /** cited / sentences, 0–1 (1 for a source without content sentences). */
  readonly share: number;
  readonly uncited: readonly Sentence[];
  readonly boilerplate: readonly string[];
  /** Boilerplate passages not found in the text. */
  readonly missingBoilerplate: readonly string[];
}

function evidenceOf(record: DatasetRecord): Evidence[] {
  const list = [...(record.evidence ?? [])];
  if (record.type === "source") list.push(...(record.credits ?? []).map((c) => c.evidence));
  return list;
}

const SENTENCE_END = /[.!?…]["'“”„’‘»«)]*$/u;
const SENTENCE_START = /^["'“”„‘’»«(\p{Lu}\p{N}]/u;

/** Splits the content of a text into sentences (raw offsets). */
export function sentences(
  text: string,
  ignored: Uint8Array,
  wrapped: boolean,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = -1;
  let last = -1;
  const close = () => {
    if (start >= 0) out.push({ start, end: last + 1 });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (ignored[i]) {
      if (ignored[i] === 2) close(); // boilerplate ends a sentence
      continue;
    }
    if (char === "\n" && !wrapped) {
      close();
      continue;
    }
    if (/\s/u.test(char)) {
      if (start < 0) continue;
      // A sentence ends after . ! ? (and closing quotes) when the next word starts a sentence.
      const before = text.slice(start, last + 1);
      if (SENTENCE_END.test(before) && !/(?:^|\s)\d+\.$/u.test(before)) {
        let j = i;
        while (j < text.length && (/\s/u.test(text[j] ?? "") || ignored[j] === 1)) j++;
        if (SENTENCE_START.test(text[j] ?? "")) close();
      }
      continue;
    }
    if (start < 0) start = i;
    last = i;
  }
  close();
  return out;
}

/** The coverage of one source by the evidence of all records. */
export function sourceCoverage(
  source: Source,
  text: string,
  records: readonly DatasetRecord[],
): SourceCoverage {
  const patterns = source.artifacts?.linePatterns ?? [];
  const index = indexText(text, patterns);
  // 1: a line-wrap artifact (ignored); 2: boilerplate (not content).
  const ignored = new Uint8Array(text.length);
  let lineStart = 0;
  const regexes = patterns.map((pattern) => new RegExp(pattern, "gu"));
  for (const line of text.split("\n")) {
    for (const regex of regexes) {
      for (const match of line.matchAll(regex)) {
        ignored.fill(1, lineStart + match.index, lineStart + match.index + match[0].length);
      }
    }
    lineStart += line.length + 1;
  }
  const missingBoilerplate: string[] = [];
  for (const passage of source.boilerplate ?? []) {
    const spans = findAllQuotes(index, passage);
    if (spans.length === 0) missingBoilerplate.push(passage);
    for (const [start, end] of spans) {
      for (let i = start; i < end; i++) if (ignored[i] === 0) ignored[i] = 2;
      // A boilerplate passage ends whatever precedes it.
      if (end < text.length && ignored[end] === 0 && /\s/u.test(text[end] ?? "")) ignored[end] = 2;
      if (start > 0 && ignored[start - 1] === 0 && /\s/u.test(text[start - 1] ?? "")) {
        ignored[start - 1] = 2;
      }
    }
  }
  const covered = new Uint8Array(text.length);
  for (const record of records) {
    for (const evidence of evidenceOf(record)) {
      if (evidence.source !== source.id || !evidence.span) continue;
      covered.fill(1, evidence.span[0], evidence.span[1]);
    }
  }
  const list: Sentence[] = sentences(text, ignored, patterns.length > 0).map(({ start, end }) => {
    let total = 0;
    let hit = 0;
    let clean = "";
    for (let i = start; i < end; i++) {
      const char = text[i] ?? "";
      if (ignored[i]) continue;
      clean += /\s/u.test(char) ? (clean.endsWith(" ") ? "" : " ") : char;
      if (/\s/u.test(char)) continue;
      total++;
      if (covered[i]) hit++;
    }
    return { start, end, text: clean.trim(), covered: total === 0 ? 1 : hit / total };
  });
  const content = list.filter((sentence) => /\p{L}/u.test(sentence.text));
  const uncited = content.filter((sentence) => sentence.covered < 0.5);
  const cited = content.length - uncited.length;
  return {
    source: source.id,
    sentences: content,
    cited,
    share: content.length === 0 ? 1 : cited / content.length,
    uncited,
    boilerplate: source.boilerplate ?? [],
    missingBoilerplate,
  };
}

/** The coverage of every source. */
export function coverage(
  records: readonly DatasetRecord[],
  texts: ReadonlyMap<string, string>,
): SourceCoverage[] {
  return records
    .filter((record): record is Source => record.type === "source")
    .map((source) => sourceCoverage(source, texts.get(source.id) ?? "", records));
}

/** The printed report. */
export function formatCoverage(report: readonly SourceCoverage[]): string {
  const lines: string[] = [];
  for (const item of report) {
    const percent = (item.share * 100).toFixed(1);
    const status =
      item.share >= COVERAGE_TARGET && item.missingBoilerplate.length === 0 ? "ok" : "FAIL";
    lines.push(
      `${status} ${item.source}: ${percent}% of content sentences cited (${item.cited}/${item.sentences.length}; target ${COVERAGE_TARGET * 100}%)`,
    );
    for (const sentence of item.uncited) {
      lines.push(`  uncited (${Math.round(sentence.covered * 100)}% covered): ${sentence.text}`);
    }
    for (const passage of item.missingBoilerplate) {
      lines.push(`  boilerplate not found in the text: ${passage}`);
    }
    lines.push(`  not content (${item.boilerplate.length} committed boilerplate passages):`);
    for (const passage of item.boilerplate) lines.push(`    - ${passage}`);
  }
  return lines.join("\n");
}

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = resolve(join(here, "../../.."));
  const { records, texts, problems } = validate(loadData(join(root, "data"), root));
  if (problems.length > 0) {
    console.error(
      `warning: data/ has ${problems.length} problem(s); run \`pnpm data\` to list them`,
    );
  }
  const report = coverage(records, texts);
  console.log(formatCoverage(report));
  const failed = report.filter(
    (item) => item.share < COVERAGE_TARGET || item.missingBoilerplate.length > 0,
  );
  if (failed.length > 0 || problems.length > 0) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
