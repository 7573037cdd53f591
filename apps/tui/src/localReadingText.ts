/**
 * The clean reading text of a source's article, where one is known for
 * exactly that text: the one `@korea-relations/core/sources` ships, else the
 * one the repository's private `@korea-relations/source-texts` package holds
 * (read on first use, like `localSourceText`). A reading text's span map fits
 * only the article it was built from, so a text that differs from the
 * dataset's (a `--data` source of the same id) has none.
 */
import { createRequire } from "node:module";
import {
  createReadingText,
  type ReadingText,
  type ReadingTextData,
  readingText,
  SOURCE_IDS,
  SOURCE_TEXTS,
} from "@korea-relations/core/sources";
import { localSourceText } from "./localSourceTexts.js";

let readings: Readonly<Record<string, ReadingTextData>> | null | undefined;
const built = new Map<string, ReadingText>();

/** The private package's reading-text data, or null outside a clone of the repository. */
function localReadings(): Readonly<Record<string, ReadingTextData>> | null {
  if (readings === undefined) {
    try {
      // Resolved at run time, not bundled: the specifier is not a literal.
      const name = ["@korea-relations", "source-texts", "readings.json"].join("/");
      readings = createRequire(import.meta.url)(name) as Record<string, ReadingTextData>;
    } catch {
      readings = null;
    }
  }
  return readings;
}

/** The reading text of source `id` whose article is `text`, or undefined where none fits it. */
export function localReadingText(id: string, text: string): ReadingText | undefined {
  if ((SOURCE_IDS as readonly string[]).includes(id)) {
    const shipped = (SOURCE_TEXTS as Record<string, string | undefined>)[id];
    if (shipped !== undefined) {
      return shipped === text ? readingText(id as (typeof SOURCE_IDS)[number]) : undefined;
    }
  }
  const cached = built.get(id);
  if (cached) return localSourceText(id) === text ? cached : undefined;
  const data = localReadings();
  if (!data || !Object.hasOwn(data, id) || localSourceText(id) !== text) return undefined;
  const reading = createReadingText(id, data[id] as ReadingTextData);
  built.set(id, reading);
  return reading;
}
