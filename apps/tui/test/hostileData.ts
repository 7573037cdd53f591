/**
 * A hostile dataset: the core package's test fixture with terminal escape
 * sequences and invisible controls in every text field (names, titles,
 * summaries, descriptions, aliases, quotes, excerpts, reasons, publishers),
 * a topic whose id holds a screen clear, and article texts full of them.
 */
import { createRelations, type DatasetRecord, type Relations } from "@korea-relations/core";
import { fixture } from "@korea-relations/model/fixtures";

/**
 * Every kind of thing a terminal must not get from data: OSC 0 (window
 * title), OSC 52 (clipboard write), screen and scrollback clears, 8-bit CSI
 * and OSC, DCS and APC strings, a charset switch, DEL, C0 and C1 controls,
 * bidi overrides and isolates, a right-to-left mark, line and paragraph
 * separators.
 */
export const PAYLOAD =
  "\u001b]0;pwned\u0007\u001b]52;c;cHduZWQ=\u0007\u001b[2J\u001b[3J\u001b[H\u009b31m\u009d0;c1\u009c" +
  "\u007f\u0000\u0008\r\u001bP+q544e\u001b\\\u001b_apc\u001b\\\u001b(0\u0085\u202e\u2066\u200f\u2028\u2029\u001b";

/** The id of the hostile topic (an escape sequence in an id). */
export const HOSTILE_ID = "evil\u001b[2J\u202etopic";

const LABEL_KEYS = new Set(["en", "de", "ko"]);
const TEXT_KEYS = new Set(["name", "text", "quote", "reason"]);
const ATTESTED_TEXT = new Set(["title", "publisher", "url"]);

const poison = (text: string) => `${PAYLOAD}${text}${PAYLOAD}`;

/** `value` with the payload around every free-text string; ids, codes and dates unchanged. */
function poisonTexts(value: unknown, key: string, parent: string): unknown {
  if (typeof value === "string") {
    const text =
      TEXT_KEYS.has(key) ||
      LABEL_KEYS.has(key) ||
      parent === "aliases" ||
      (key === "title" && parent !== "") ||
      (key === "value" && ATTESTED_TEXT.has(parent));
    return text ? poison(value) : value;
  }
  if (Array.isArray(value)) return value.map((item) => poisonTexts(item, key, key));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, poisonTexts(v, k, key === "" ? "record" : key)]),
    );
  }
  return value;
}

const poisoned: DatasetRecord[] = [
  ...(fixture as readonly DatasetRecord[]).map(
    (record) => poisonTexts(record, "", "") as DatasetRecord,
  ),
];

/** Article texts: the payload in the heading and between paragraphs, each (poisoned) excerpt in one. */
const TEXTS: Record<string, string> = {};
for (const record of poisoned)
  for (const evidence of record.evidence ?? []) {
    TEXTS[evidence.source] ??= `Report ${PAYLOAD} ${evidence.source}\n`;
    if (!TEXTS[evidence.source]?.includes(evidence.quote))
      TEXTS[evidence.source] += `\n${PAYLOAD}\nIt says: ${evidence.quote}. It goes on.\n`;
  }

/** The poisoned records, their evidence with spans into the poisoned articles. */
export const HOSTILE_RECORDS: readonly DatasetRecord[] = poisoned.map((record) => {
  if (!record.evidence) return record;
  const evidence = record.evidence.map((e) => {
    const start = (TEXTS[e.source] ?? "").indexOf(e.quote);
    return { ...e, span: [start, start + e.quote.length] as const };
  });
  return { ...record, evidence } as DatasetRecord;
});

/**
 * A query API that hands out the hostile records. Core refuses such data
 * (`createRelations` rejects control characters in text and ids), so this is
 * core's API over the clean fixture with every record it returns swapped for
 * its poisoned twin and every label or description poisoned: what a terminal
 * would get if bad text ever got past core.
 */
export function hostileRelations(): Relations {
  // The clean records, their evidence with the spans of their poisoned twins.
  const spans = new Map(HOSTILE_RECORDS.map((record) => [record.id, record.evidence ?? []]));
  const clean = (fixture as readonly DatasetRecord[]).map((record) =>
    record.evidence
      ? ({
          ...record,
          evidence: record.evidence.map((e, index) => ({
            ...e,
            span: spans.get(record.id)?.[index]?.span,
          })),
        } as DatasetRecord)
      : record,
  );
  const base = createRelations(clean) as unknown as Relations;
  const twins = new Map(HOSTILE_RECORDS.map((record) => [record.id, record]));
  const swap = (value: unknown): unknown => {
    if (typeof value === "string") return value;
    if (Array.isArray(value)) return value.map(swap);
    if (value && typeof value === "object") {
      const { id, type } = value as { id?: unknown; type?: unknown };
      const twin = typeof id === "string" ? twins.get(id) : undefined;
      if (twin && twin.type === type && "evidence" in value === "evidence" in twin) return twin;
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, swap(item)]));
    }
    return value;
  };
  const poisonDeep = (value: unknown): unknown =>
    typeof value === "string"
      ? poison(value)
      : Array.isArray(value)
        ? value.map(poisonDeep)
        : value && typeof value === "object"
          ? Object.fromEntries(
              Object.entries(value).map(([key, item]) => [
                key,
                key === "type" || key === "id" ? item : poisonDeep(item),
              ]),
            )
          : value;
  const wrapped: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(base)) {
    wrapped[name] =
      typeof member !== "function"
        ? swap(member)
        : name === "recordLabel" || name === "describe"
          ? (...args: unknown[]) => poisonDeep(member(...args))
          : name === "search"
            ? (...args: unknown[]) => {
                const results = member(...args) as { hits: { label: string }[] };
                return {
                  ...results,
                  hits: results.hits.map((hit) => ({ ...hit, label: poison(hit.label) })),
                };
              }
            : (...args: unknown[]) => swap(member(...args));
  }
  return wrapped as unknown as Relations;
}

/** The hostile articles by source id. */
export const hostileSourceText = (id: string): string | undefined => TEXTS[id];

const csvCell = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** Every string of a record, depth first. */
const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : value && typeof value === "object"
      ? Object.values(value).flatMap(strings)
      : [];

/**
 * The data files `export` reads, made from the hostile records:
 * `dataset.json`, and per type `<type>.ndjson` and a `<type>.csv` of each
 * record's id and every string in it (raw, as a CSV export holds data).
 */
export function hostileDataFile(name: string): string {
  if (name === "dataset.json") return `${JSON.stringify(HOSTILE_RECORDS, null, 2)}\n`;
  const [type, format] = name.split(".");
  const records = HOSTILE_RECORDS.filter((r) => r.type === type);
  if (format === "ndjson") return records.map((r) => `${JSON.stringify(r)}\n`).join("");
  if (format === "csv")
    return `id,text\n${records.map((r) => `${csvCell(r.id)},${csvCell(strings(r).join(" | "))}\n`).join("")}`;
  throw new Error(`no data file ${name}`);
}
