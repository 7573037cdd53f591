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
    (record) =>
      poisonTexts(
        record.type === "event" ? { ...record, topics: [...record.topics, HOSTILE_ID] } : record,
        "",
        "",
      ) as DatasetRecord,
  ),
  poisonTexts(
    { type: "topic", id: HOSTILE_ID, label: { en: "Evil", de: "Böse" }, aliases: ["Malice"] },
    "",
    "",
  ) as DatasetRecord,
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

/** A query API over the hostile records. */
export function hostileRelations(): Relations {
  return createRelations(HOSTILE_RECORDS);
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
