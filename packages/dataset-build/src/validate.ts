/**
 * Validates the loaded `data/` and compiles it into the published records.
 * Every problem is one line naming file, record id, field and what is wrong.
 */
import { createHash } from "node:crypto";
import {
  CONTENT_POSITIONS,
  type ContentPosition,
  type DatasetRecord,
  type Evidence,
  evidenceOf,
  nameKeys,
  RECORD_TYPES,
  recordNames,
  recordProblems,
  referencesOf,
} from "@korea-relations/model";
import { CountryOverlay, schemas } from "@korea-relations/model/schema";
import type { z } from "zod";
import { checkPattern } from "./checkPattern.js";
import { baseCountries } from "./countries.js";
import { DataError } from "./dataError.js";
import { lineMatches } from "./lineMatches.js";
import type { LoadedData } from "./loadData.js";
import { cameoRootsOf } from "./ploverCameoPairs.js";
import type { Problem } from "./problem.js";
import { type ReadingText, readingText } from "./readingText.js";
import { findQuote, indexText, normalizeQuote, type TextIndex } from "./textIndex.js";

export interface ValidationResult {
  /** The compiled records, sorted by type and id (incomplete when there are problems). */
  readonly records: DatasetRecord[];
  /** Source texts by source id. */
  readonly texts: Map<string, string>;
  /** The reading text of each source, by source id (its page layout included). */
  readonly readings: Map<string, ReadingText>;
  readonly problems: Problem[];
}

/** Where the build placed an evidence: its span in the source text and its page position. */
interface Placed {
  readonly span: [number, number];
  readonly position: ContentPosition;
}

interface Entry {
  readonly file: string;
  record: DatasetRecord;
}

const TYPE_ORDER = new Map<string, number>(RECORD_TYPES.map((type, index) => [type, index]));

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

function schemaProblems(file: string, id: string | undefined, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    file,
    id,
    field: fieldPath(issue.path) || undefined,
    message: issue.message,
  }));
}

function withSpans(record: DatasetRecord, spans: Map<Evidence, Placed>): DatasetRecord {
  const span = (evidence: Evidence): Evidence => {
    const found = spans.get(evidence);
    return found ? { ...evidence, span: found.span, position: found.position } : evidence;
  };
  const withEvidence = record.evidence
    ? { ...record, evidence: record.evidence.map(span) }
    : record;
  if (withEvidence.type === "source" && withEvidence.credits) {
    return {
      ...withEvidence,
      credits: withEvidence.credits.map((credit) => ({
        ...credit,
        evidence: span(credit.evidence),
      })),
    };
  }
  return withEvidence;
}

/** Validates loaded data and compiles the published records. */
export function validate(data: LoadedData): ValidationResult {
  const problems: Problem[] = [...data.problems];
  const entries = new Map<string, Entry>();
  // Ids of records that failed their schema: references to them are not reported again.
  const invalid = new Set<string>();
  const add = (file: string, record: DatasetRecord) => {
    const existing = entries.get(record.id);
    if (existing) {
      problems.push({
        file,
        id: record.id,
        field: "id",
        message: `duplicate id: also used by ${existing.file}`,
      });
      return;
    }
    entries.set(record.id, { file, record });
  };

  // Countries: every ISO 3166-1 country, with the overlays of data/countries/.
  const overlays = new Map<string, { file: string; overlay: z.infer<typeof CountryOverlay> }>();
  for (const raw of data.records.filter((r) => r.expectedType === "country")) {
    const value = raw.value as { id?: unknown } | null;
    const id = typeof value?.id === "string" ? value.id : undefined;
    const parsed = CountryOverlay.safeParse(raw.value);
    if (!parsed.success) {
      problems.push(...schemaProblems(raw.file, id, parsed.error));
      continue;
    }
    overlays.set(parsed.data.id, { file: raw.file, overlay: parsed.data });
  }
  const countries = baseCountries();
  const codes = new Set(countries.map((country) => country.id));
  for (const [code, { file }] of overlays) {
    if (!codes.has(code)) {
      problems.push({ file, id: code, field: "id", message: "not an ISO 3166-1 alpha-2 code" });
    }
  }
  for (const base of countries) {
    const code = base.id;
    const overlay = overlays.get(code);
    const record = overlay
      ? {
          ...base,
          aliases: [...new Set([...base.aliases, ...(overlay.overlay.aliases ?? [])])],
          ...(overlay.overlay.evidence ? { evidence: overlay.overlay.evidence } : {}),
          ...(overlay.overlay.basis
            ? { basis: overlay.overlay.basis, reason: overlay.overlay.reason }
            : {}),
        }
      : base;
    add(overlay?.file ?? `i18n-iso-countries:${code}`, record);
  }

  // Every other record: schema, file name, directory.
  for (const raw of data.records.filter((r) => r.expectedType !== "country")) {
    const value = raw.value as { id?: unknown; type?: unknown } | null;
    const id = typeof value?.id === "string" ? value.id : undefined;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push({ file: raw.file, message: "expected one record (a YAML mapping)" });
      continue;
    }
    if (value.type !== raw.expectedType) {
      problems.push({
        file: raw.file,
        id,
        field: "type",
        message: `must be "${raw.expectedType}" in this directory, got ${JSON.stringify(value.type)}`,
      });
      if (id !== undefined) invalid.add(id);
      continue;
    }
    const parsed = schemas[raw.expectedType].safeParse(value);
    if (!parsed.success) {
      problems.push(...schemaProblems(raw.file, id, parsed.error));
      if (id !== undefined) invalid.add(id);
      continue;
    }
    const record = parsed.data as DatasetRecord;
    if (!raw.file.endsWith(`/${record.id}.yaml`)) {
      problems.push({
        file: raw.file,
        id: record.id,
        field: "id",
        message: `file must be named ${record.id}.yaml`,
      });
    }
    add(raw.file, record);
  }

  // Source texts: present, byte-identical (SHA-256), their line patterns
  // checked and run under a time bound before anything else runs them, then
  // indexed for evidence and laid out into page regions and a reading text.
  const indexes = new Map<string, TextIndex>();
  const texts = new Map<string, string>();
  const readings = new Map<string, ReadingText>();
  for (const { file, record } of entries.values()) {
    if (record.type !== "source") continue;
    const bytes = data.texts.get(record.file);
    if (!bytes) {
      problems.push({
        file,
        id: record.id,
        field: "file",
        message: `text ${record.file} not found`,
      });
      continue;
    }
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    if (sha256 !== record.sha256) {
      problems.push({
        file,
        id: record.id,
        field: "sha256",
        message: `${record.file} has SHA-256 ${sha256}: the text changed`,
      });
    }
    const text = bytes.toString("utf8");
    texts.set(record.id, text);
    const linePatterns = record.artifacts?.linePatterns ?? [];
    try {
      const sited = linePatterns.map((pattern, i) => {
        const site = { file, field: `artifacts.linePatterns[${i}]` };
        return { regex: checkPattern(pattern, site), site };
      });
      lineMatches(text, sited);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push({ ...error.problem, id: record.id });
      continue;
    }
    const index = indexText(text, linePatterns);
    indexes.set(record.id, index);
    try {
      readings.set(
        record.id,
        readingText(text, {
          file,
          linePatterns,
          ...(record.artifacts?.wrap === undefined ? {} : { wrap: record.artifacts.wrap }),
          regions: record.regions ?? [],
        }),
      );
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push({ ...error.problem, id: record.id });
    }
  }

  const spans = new Map<Evidence, Placed>();
  const byName = new Map<string, Map<string, string>>();
  for (const { file, record } of entries.values()) {
    const report = (field: string, message: string) => {
      problems.push({ file, id: record.id, field, message });
    };

    for (const [field, evidence] of evidenceOf(record)) {
      const source = entries.get(evidence.source)?.record;
      if (source?.type !== "source") continue;
      const index = indexes.get(source.id);
      if (!index) continue;
      if (evidence.span !== undefined || evidence.position !== undefined) {
        report(field, "span and position are set by the build: remove them");
      }
      const span = findQuote(index, evidence.quote);
      if (!span) {
        report(`${field}.quote`, `not found in source ${source.id}: "${evidence.quote}"`);
        continue;
      }
      const position = readings.get(source.id)?.layout.positionOf(span) ?? "body";
      if ((CONTENT_POSITIONS as readonly string[]).includes(position)) {
        spans.set(evidence, { span, position: position as ContentPosition });
      } else {
        report(
          `${field}.quote`,
          `stands in the page's ${position}, which is not content: cite the passage it repeats`,
        );
      }
    }

    for (const name of recordNames(record)) {
      for (const key of nameKeys(name)) {
        let names = byName.get(record.type);
        if (!names) {
          names = new Map();
          byName.set(record.type, names);
        }
        const other = names.get(key);
        if (other !== undefined && other !== record.id) {
          report("aliases", `name "${name}" also names ${record.type} "${other}"`);
        } else names.set(key, record.id);
      }
    }

    if (record.type === "event") {
      const roots = cameoRootsOf(record.plover.type);
      if (!roots.includes(record.cameo)) {
        report(
          "cameo",
          `CAMEO root "${record.cameo}" does not go with PLOVER ${record.plover.type} (allowed: ${roots.map((root) => `"${root}"`).join(", ")})`,
        );
      }
    }
    if (record.type === "office") {
      const quotes = record.evidence.map((evidence) => normalizeQuote(evidence.quote));
      record.titles.forEach((title, index) => {
        if (!quotes.some((quote) => quote.includes(normalizeQuote(title)))) {
          report(
            `titles[${index}]`,
            `"${title}" is not in the office's evidence: a title is worded as a source words it`,
          );
        }
      });
    }
    if (record.type === "quote") {
      const text = normalizeQuote(record.text);
      if (!record.evidence.some((evidence) => normalizeQuote(evidence.quote).includes(text))) {
        report("text", "the quote's text must appear verbatim in one of its evidence excerpts");
      }
      if (record.rendering.language === record.language) {
        report(
          "rendering.language",
          `the rendering must be in the other language than the quote's ("${record.language}")`,
        );
      }
    }
  }

  // A country another record names is mentioned by a source: it needs evidence
  // (or `basis: external` with a reason), like every other record.
  const namedBy = new Map<string, string>();
  for (const { record } of entries.values()) {
    if (record.type === "country") continue;
    for (const [reference, path, id] of referencesOf(record)) {
      if ((reference.targets as readonly string[]).includes("country") && !namedBy.has(id)) {
        namedBy.set(id, `${record.id} (${path})`);
      }
    }
  }
  for (const [code, by] of namedBy) {
    const country = entries.get(code)?.record;
    if (country?.type !== "country" || country.basis || (country.evidence ?? []).length > 0) {
      continue;
    }
    problems.push({
      file: overlays.get(code)?.file ?? `data/countries/${code}.yaml`,
      id: code,
      field: "evidence",
      message: `${by} names it: cite where a source mentions it, or mark it basis: external with a reason`,
    });
  }

  for (const problem of recordProblems(
    [...entries.values()].map((entry) => entry.record),
    (id) => entries.get(id)?.record,
    invalid,
  )) {
    problems.push({ file: entries.get(problem.id)?.file ?? "", ...problem });
  }

  const records = [...entries.values()]
    .map(({ record }) => withSpans(record, spans))
    .sort(
      (a, b) =>
        (TYPE_ORDER.get(a.type) ?? 0) - (TYPE_ORDER.get(b.type) ?? 0) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  return { records, texts, readings, problems };
}
