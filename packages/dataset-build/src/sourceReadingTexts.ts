/**
 * The reading text of every source in `data/sources/`, with the page regions
 * and wrap widths of `fixtures/sourceLayouts.yaml` (until the source YAMLs
 * carry them).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { PageRegion } from "./pageLayout.js";
import { type ReadingText, readingText } from "./readingText.js";

/** What a source's YAML gains for its reading text: `artifacts.wrap` and `regions`. */
export const SourceLayout = z.strictObject({
  artifacts: z.strictObject({ wrap: z.int().min(10).max(1000).optional() }).optional(),
  regions: z.array(PageRegion).readonly(),
});
export type SourceLayout = z.infer<typeof SourceLayout>;

export const LAYOUTS_FIXTURE = new URL("./fixtures/sourceLayouts.yaml", import.meta.url);

export interface SourceReadingText {
  readonly id: string;
  /** The source's YAML, relative to the repository root. */
  readonly file: string;
  readonly verbatim: string;
  readonly reading: ReadingText;
}

/** Builds the reading text of every source under `dataDir` (the repository's `data/`). */
export function sourceReadingTexts(
  dataDir: string,
  layoutsFile: URL | string = LAYOUTS_FIXTURE,
): SourceReadingText[] {
  const layouts = z
    .record(z.string(), SourceLayout)
    .parse(parse(readFileSync(layoutsFile, "utf8")) ?? {});
  const dir = join(dataDir, "sources");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => {
      const source = parse(readFileSync(join(dir, name), "utf8")) as {
        id: string;
        file: string;
        artifacts?: { linePatterns?: string[] };
      };
      const file = `data/sources/${name}`;
      const verbatim = readFileSync(join(dir, source.file), "utf8");
      const layout = layouts[source.id];
      const reading = readingText(verbatim, {
        file,
        linePatterns: source.artifacts?.linePatterns ?? [],
        ...(layout?.artifacts?.wrap !== undefined ? { wrap: layout.artifacts.wrap } : {}),
        regions: layout?.regions ?? [],
      });
      return { id: source.id, file, verbatim, reading };
    });
}
