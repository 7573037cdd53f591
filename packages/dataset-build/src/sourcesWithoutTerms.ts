/**
 * Every source in `data/` says whether its full text may be redistributed in
 * the published package, and why (`fullText`): the decision is made per
 * article, from its publisher's terms. A rule of the data directory, not of
 * the record shape: datasets built elsewhere may leave it out (which means
 * the text is not redistributed).
 */
import type { RawRecord } from "./loadData.js";
import type { Problem } from "./problem.js";

/** One problem for each source record of `records` without `fullText`. */
export function sourcesWithoutTerms(records: readonly RawRecord[]): Problem[] {
  const problems: Problem[] = [];
  for (const raw of records) {
    if (raw.expectedType !== "source") continue;
    const value = raw.value as { id?: unknown; type?: unknown; fullText?: unknown } | null;
    if (typeof value !== "object" || value === null || value.type !== "source") continue;
    if (value.fullText !== undefined) continue;
    problems.push({
      file: raw.file,
      id: typeof value.id === "string" ? value.id : undefined,
      field: "fullText",
      message:
        "say whether the publisher's terms allow the full text to be redistributed: fullText: { redistributable: true|false, reason: … }",
    });
  }
  return problems;
}
