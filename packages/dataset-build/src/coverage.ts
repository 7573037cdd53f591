/**
 * Coverage report: every passage of every source must be cited. A source's
 * content is its reading text (navigation and ads, each listed with its
 * reason, are left out of it) and its link list. It is cut into passages:
 * each clause of a paragraph, headline, teaser or caption (see `clauses`),
 * each block of a tag list or credit line, and each link list entry. A
 * passage counts as cited when the evidence of the records that state facts
 * — every record but topics and countries, which name what a passage is
 * about — covers at least `CITED_SHARE` of its letters and digits together.
 * And every quotation the text prints is a quote record's text (or part of
 * it), or a name or title of a record (a term in quotation marks).
 *
 * Run: `pnpm data:coverage` (or `npx tsx src/coverage.ts` here). Exit code 1
 * when a passage is not cited.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  type ContentPosition,
  type DatasetRecord,
  evidenceOf,
  kindOf,
  nameTokens,
  type Reason,
  type Source,
} from "@korea-relations/model";
import { loadData } from "./loadData.js";
import type { ReadingText } from "./readingText.js";
import { normalizeQuote } from "./textIndex.js";
import { validate } from "./validate.js";

/** The share of a passage's letters and digits that evidence must cover. */
export const CITED_SHARE = 0.8;

/**
 * Whether a record states facts. Topics and countries name what a passage is
 * about: their evidence counts only where a passage is a name itself (a tag,
 * a link list entry).
 */
const STATES_FACTS = (record: DatasetRecord) =>
  record.type !== "topic" && record.type !== "country";
/** Positions whose passages are names: any record's evidence cites them. */
const NAMES: ReadonlySet<ContentPosition> = new Set(["tag", "link"]);

/** Positions whose blocks are passages whole (a tag, a credit line); the others are cut into sentences. */
const WHOLE_BLOCKS: ReadonlySet<ContentPosition> = new Set(["tag", "credit"]);

export interface Passage {
  readonly position: ContentPosition;
  /** The passage as a reader sees it (reading text; a link's entry as printed). */
  readonly text: string;
  /** Its span in the verbatim source text. */
  readonly span: readonly [number, number];
  /** Share of its letters and digits covered by evidence, 0–1. */
  readonly covered: number;
}

/** A part of the page that is not content, with the reason its source gives. */
export interface NotContent {
  readonly position: string;
  readonly text: string;
  readonly reason?: Reason;
}

export interface SourceCoverage {
  readonly source: string;
  readonly passages: readonly Passage[];
  readonly cited: number;
  /** cited / passages, 0–1 (1 for a source without passages). */
  readonly share: number;
  readonly uncited: readonly Passage[];
  /** Quotations that are no quote record's text and no record's name or title. */
  readonly unquoted: readonly Passage[];
  readonly notContent: readonly NotContent[];
}

const COUNTED = /[\p{L}\p{N}]/u;
const SENTENCE_END = /[.!?…]["'“”„’‘»«)]*$/u;
const SENTENCE_START = /^["'“”„‘’»«(\p{Lu}\p{N}]/u;
const ORDINAL = /(?:^|\s)\d+\.$/u;

/**
 * Words that open a clause after a comma, in English and German: "…, but in
 * South Korea …", "…, wobei der südkoreanische Minister …".
 */
const CLAUSE_WORDS = new Set(
  (
    "but while which whether so although because where who whose when " +
    "aber doch sondern während wobei falls ob dass weil nachdem bevor um wo wie der die das dem den deren dessen"
  ).split(" "),
);
/**
 * The end of a quotation its attribution follows: a closing quotation mark
 * after the quotation's own punctuation (`…same," Pinkston told DW`) or before
 * a comma (`…Freunde sind“, sagte Lee`).
 */
const CLOSING_QUOTE = /[^\s](?:[.,!?…][“”"'’]|[“”"'’],)$/u;

/**
 * Cuts `[start, end)` of a text into clauses, as spans: at sentence ends
 * (ordinals such as "am 1. November" end none), after `;`, `:` and a spaced
 * dash, after a closing quotation mark (the attribution that follows is a
 * clause of its own), and before a comma's clause word ("…, but …").
 */
export function clauses(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (text[i] !== " ") continue;
    const before = text.slice(from, i);
    const next = text[i + 1] ?? "";
    const word = /^[\p{L}]+/u.exec(text.slice(i + 1, Math.min(end, i + 20)))?.[0] ?? "";
    const cut =
      (SENTENCE_END.test(before) && !ORDINAL.test(before) && SENTENCE_START.test(next)) ||
      /[;:]$/u.test(before) ||
      /(?:^| )[–—]$/u.test(before) ||
      CLOSING_QUOTE.test(before) ||
      (before.endsWith(",") && CLAUSE_WORDS.has(word));
    if (!cut || before.trim() === "") continue;
    out.push([from, i]);
    from = i + 1;
  }
  if (from < end) out.push([from, end]);
  return out;
}

/** The passages of a reading text (link list entries aside), in text order. */
function readingPassages(reading: ReadingText): [number, number, ContentPosition][] {
  const out: [number, number, ContentPosition][] = [];
  const { text, runs } = reading;
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const lineEnd = lineStart + line.length;
    for (const run of runs) {
      const start = Math.max(run.start, lineStart);
      const end = Math.min(run.end, lineEnd);
      if (start >= end) continue;
      const pieces = WHOLE_BLOCKS.has(run.position)
        ? [[start, end] as [number, number]]
        : clauses(text, start, end);
      for (const [from, to] of pieces) {
        // Trim spaces a run boundary left at the ends.
        let a = from;
        let b = to;
        while (a < b && text[a] === " ") a++;
        while (b > a && text[b - 1] === " ") b--;
        if (a < b) out.push([a, b, run.position]);
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The share of letters and digits of `[start, end)` whose mark is 1…`upTo`. */
const share = (text: string, covered: Uint8Array, start: number, end: number, upTo: number) => {
  let total = 0;
  let hit = 0;
  for (let i = start; i < end; i++) {
    if (!COUNTED.test(text[i] ?? "")) continue;
    total++;
    const mark = covered[i] ?? 0;
    if (mark > 0 && mark <= upTo) hit++;
  }
  return total === 0 ? 1 : hit / total;
};

/** Quotations in a reading text: `„…“`, `“…”`, `"…"` and `'…'` (not an apostrophe), with their spans. */
export function quotations(text: string): [number, number][] {
  const out: [number, number][] = [];
  const pattern = /„[^“\n]+“|“[^”\n]+”|"[^"\n]+"|(?<![\p{L}\p{N}])'[^'\n]+'(?![\p{L}\p{N}])/gu;
  for (const match of text.matchAll(pattern))
    out.push([match.index, match.index + match[0].length]);
  return out;
}

/** Folded words joined by one space, so that a phrase is found inside a longer text by word. */
const words = (text: string) => ` ${nameTokens(text).join(" ")} `;

/**
 * Whether a quotation is accounted for: it is (part of) the text of a quote
 * record that cites this source, or the quote record's text is part of it;
 * or it is a name or part of a title of any record (a term in quotation
 * marks, such as „Trostfrauen“ or “strategic dialogue”).
 */
function quoted(quotation: string, quotes: readonly string[], names: readonly string[]): boolean {
  const inner = normalizeQuote(quotation.slice(1, -1)).replace(/[\s.,;:!?…]+$/u, "");
  if (inner === "") return true;
  if (quotes.some((text) => text.includes(inner) || inner.includes(text))) return true;
  const phrase = words(inner);
  return names.some((name) => name.includes(phrase));
}

/** The coverage of one source by the evidence of all records. */
export function sourceCoverage(
  source: Source,
  verbatim: string,
  reading: ReadingText,
  records: readonly DatasetRecord[],
): SourceCoverage {
  // 1: cited by a record that states facts; 2: by any record (names too).
  const inReading = new Uint8Array(reading.text.length);
  const inVerbatim = new Uint8Array(verbatim.length);
  for (const record of records) {
    const mark = STATES_FACTS(record) ? 1 : 2;
    for (const [, evidence] of evidenceOf(record)) {
      if (evidence.source !== source.id || !evidence.span) continue;
      const [start, end] = reading.toReading(evidence.span);
      for (let i = start; i < end; i++) inReading[i] = Math.min(inReading[i] || mark, mark);
      for (let i = evidence.span[0]; i < evidence.span[1]; i++) {
        inVerbatim[i] = Math.min(inVerbatim[i] || mark, mark);
      }
    }
  }
  const passages: Passage[] = readingPassages(reading).map(([start, end, position]) => ({
    position,
    text: reading.text.slice(start, end),
    span: reading.toVerbatim([start, end]),
    covered: share(reading.text, inReading, start, end, NAMES.has(position) ? 2 : 1),
  }));
  for (const link of reading.links) {
    const [start, end] = link.entry;
    passages.push({
      position: "link",
      text: verbatim.slice(start, end),
      span: link.entry,
      covered: share(verbatim, inVerbatim, start, end, 2),
    });
  }
  passages.sort((a, b) => a.span[0] - b.span[0]);
  const uncited = passages.filter((passage) => passage.covered < CITED_SHARE);
  const quoteTexts = records.flatMap((record) =>
    record.type === "quote" && record.evidence.some((e) => e.source === source.id)
      ? [normalizeQuote(record.text).replace(/[\s.,;:!?…]+$/u, "")]
      : [],
  );
  const names = records.flatMap((record) => {
    const kind = kindOf(record.type);
    return [...kind.names(record as never), ...kind.titles(record as never)].map(words);
  });
  const unquoted = quotations(reading.text)
    .filter(([start, end]) => !quoted(reading.text.slice(start, end), quoteTexts, names))
    .map(([start, end]) => {
      const span = reading.toVerbatim([start, end]);
      return {
        position: reading.layout.positionOf(span) as ContentPosition,
        text: reading.text.slice(start, end),
        span,
        covered: 0,
      };
    });
  const notContent = reading.layout.regions
    .filter((region) => region.position === "navigation" || region.position === "ad")
    .map((region) => {
      const reason = source.regions?.[region.index]?.reason;
      return {
        position: region.position,
        text: verbatim.slice(region.start, region.end).replace(/\s+/gu, " ").trim(),
        ...(reason ? { reason } : {}),
      };
    });
  return {
    source: source.id,
    passages,
    cited: passages.length - uncited.length,
    share: passages.length === 0 ? 1 : (passages.length - uncited.length) / passages.length,
    uncited,
    unquoted,
    notContent,
  };
}

/** The coverage of every source. */
export function coverage(
  records: readonly DatasetRecord[],
  texts: ReadonlyMap<string, string>,
  readings: ReadonlyMap<string, ReadingText>,
): SourceCoverage[] {
  return records
    .filter((record): record is Source => record.type === "source")
    .flatMap((source) => {
      const reading = readings.get(source.id);
      const verbatim = texts.get(source.id);
      return reading && verbatim !== undefined
        ? [sourceCoverage(source, verbatim, reading, records)]
        : [];
    });
}

/** The printed report. */
export function formatCoverage(report: readonly SourceCoverage[]): string {
  const lines: string[] = [];
  for (const item of report) {
    const status = item.uncited.length + item.unquoted.length === 0 ? "ok" : "FAIL";
    lines.push(
      `${status} ${item.source}: ${item.cited} of ${item.passages.length} passages cited (each needs evidence covering ${CITED_SHARE * 100}% of it)`,
    );
    for (const passage of item.uncited) {
      lines.push(
        `  uncited ${passage.position} (${Math.round(passage.covered * 100)}% covered): ${passage.text}`,
      );
    }
    for (const passage of item.unquoted) {
      lines.push(
        `  quotation with no quote record (nor a record's name or title): ${passage.text}`,
      );
    }
    lines.push(`  not content (${item.notContent.length}, each with its reason):`);
    for (const part of item.notContent) {
      lines.push(`    - ${part.position} "${part.text}": ${part.reason?.en ?? "no reason given"}`);
    }
  }
  return lines.join("\n");
}

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = resolve(join(here, "../../.."));
  const { records, texts, readings, problems } = validate(loadData(join(root, "data"), root));
  if (problems.length > 0) {
    console.error(
      `warning: data/ has ${problems.length} problem(s); run \`pnpm data\` to list them`,
    );
  }
  const report = coverage(records, texts, readings);
  console.log(formatCoverage(report));
  const failed = report.some((item) => item.uncited.length + item.unquoted.length > 0);
  if (failed || problems.length > 0) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
