/**
 * A user's own dataset as files: the test fixture's records (with a topic no
 * other dataset has), written as a `dataset.json` array or as NDJSON, with
 * the articles in `sources/` beside it (their SHA-256 in the records).
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatasetRecord } from "@korea-relations/core";
import { RECORDS, TEXTS } from "./testData.js";

/** A topic only the file's dataset has. */
export const OWN_TOPIC = {
  type: "topic",
  id: "zebra-crossings",
  label: { en: "Zebra crossings", de: "Zebrastreifen" },
  aliases: [],
  // No source mentions it: known from outside the sources, with the reason.
  basis: "external",
  reason: { en: "A topic of the user's own.", de: "Ein eigenes Thema des Nutzers." },
} as const;

/** The records of the file: the fixture with its articles' hashes, and OWN_TOPIC. */
export function ownRecords(): DatasetRecord[] {
  return [
    ...RECORDS.map((record) =>
      record.type === "source" && TEXTS[record.id] !== undefined
        ? {
            ...record,
            sha256: createHash("sha256")
              .update(TEXTS[record.id] as string)
              .digest("hex"),
          }
        : record,
    ),
    OWN_TOPIC as unknown as DatasetRecord,
  ];
}

/** Writes `records` (default: `ownRecords()`) as `name` in a new folder, articles beside; returns its path. */
export function writeDataFile(
  format: "json" | "ndjson",
  records: readonly unknown[] = ownRecords(),
  name = format === "json" ? "dataset.json" : "records.ndjson",
): string {
  const dir = mkdtempSync(join(tmpdir(), "kr-data-"));
  mkdirSync(join(dir, "sources"));
  for (const record of RECORDS) {
    if (record.type === "source" && TEXTS[record.id] !== undefined)
      writeFileSync(join(dir, "sources", record.file), TEXTS[record.id] as string);
  }
  const text =
    format === "json"
      ? JSON.stringify(records, null, 2)
      : records.map((r) => JSON.stringify(r)).join("\n");
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
