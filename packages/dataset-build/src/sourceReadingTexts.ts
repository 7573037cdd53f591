/**
 * The reading text of every source in a `data/` folder, as the build makes
 * them: from each source's text, `artifacts` and page `regions`.
 */
import { join } from "node:path";
import { loadData } from "./loadData.js";
import type { ReadingText } from "./readingText.js";
import { validate } from "./validate.js";

export interface SourceReadingText {
  readonly id: string;
  /** The source's YAML, relative to the repository root. */
  readonly file: string;
  readonly verbatim: string;
  readonly reading: ReadingText;
}

/** Builds the reading text of every source under `dataDir` (the repository's `data/`). */
export function sourceReadingTexts(dataDir: string): SourceReadingText[] {
  const { records, texts, readings } = validate(loadData(dataDir, join(dataDir, "..")));
  return records.flatMap((record) => {
    const reading = readings.get(record.id);
    const verbatim = texts.get(record.id);
    if (record.type !== "source" || !reading || verbatim === undefined) return [];
    return [{ id: record.id, file: `data/sources/${record.id}.yaml`, verbatim, reading }];
  });
}
