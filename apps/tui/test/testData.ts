/**
 * The core package's unit-test fixture, with article texts made up for its two
 * sources (containing every excerpt the fixture cites) and evidence spans set
 * as the dataset build sets them, so the reader has passages to highlight.
 */
import { createRelations, type DatasetRecord, type Relations } from "@korea-relations/core";
import { fixture } from "@korea-relations/model/fixtures";

const excerpts = new Map<string, string[]>();
// Facts first (offices, events, agreements, quotes), then what names things,
// then sources: the paragraphs follow the records they back.
const FIRST = ["office", "event", "agreement", "quote"];
const rank = (record: DatasetRecord) =>
  record.type === "source" ? 6 : FIRST.includes(record.type) ? FIRST.indexOf(record.type) : 5;
const bySourceLast = [...(fixture as readonly DatasetRecord[])].sort((a, b) => rank(a) - rank(b));
for (const record of bySourceLast) {
  for (const evidence of record.evidence ?? []) {
    const list = excerpts.get(evidence.source) ?? [];
    if (!list.includes(evidence.quote)) list.push(evidence.quote);
    excerpts.set(evidence.source, list);
  }
}

/** Article texts: a heading, then every excerpt in a sentence of its own paragraph. */
export const TEXTS: Record<string, string> = Object.fromEntries(
  [...excerpts].map(([source, quotes]) => [
    source,
    `Report ${source}\n\n${quotes.map((q, i) => `Paragraph ${i + 1} says: ${q}. It goes on a little.`).join("\n\n")}\n`,
  ]),
);

function withSpans(record: DatasetRecord): DatasetRecord {
  if (!record.evidence) return record;
  const evidence = record.evidence.map((e) => {
    const start = (TEXTS[e.source] ?? "").indexOf(e.quote);
    return start < 0 ? e : { ...e, span: [start, start + e.quote.length] as const };
  });
  return { ...record, evidence } as DatasetRecord;
}

/** The fixture's records with spans. */
export const RECORDS: readonly DatasetRecord[] = (fixture as readonly DatasetRecord[]).map(
  withSpans,
);

/** A fresh query API over the fixture (with spans). */
export function fixtureRelations(): Relations {
  return createRelations(RECORDS);
}

/** The made-up article texts by source id. */
export const sourceText = (id: string): string | undefined => TEXTS[id];
