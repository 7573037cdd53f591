/**
 * Every person in `data/` carries evidence: a name, a nationality and a
 * description are facts, and a fact needs a source. A rule of the data
 * directory, not of the record shape: datasets built elsewhere may hold
 * people without evidence.
 */
import type { RawRecord } from "./loadData.js";
import type { Problem } from "./problem.js";

/** One problem for each person record of `records` without evidence. */
export function peopleWithoutEvidence(records: readonly RawRecord[]): Problem[] {
  const problems: Problem[] = [];
  for (const raw of records) {
    if (raw.expectedType !== "person") continue;
    const value = raw.value as { id?: unknown; type?: unknown; evidence?: unknown } | null;
    if (typeof value !== "object" || value === null || value.type !== "person") continue;
    if (Array.isArray(value.evidence) && value.evidence.length > 0) continue;
    if (value.evidence !== undefined && !Array.isArray(value.evidence)) continue; // a shape problem
    problems.push({
      file: raw.file,
      id: typeof value.id === "string" ? value.id : undefined,
      field: "evidence",
      message: "at least one evidence is required",
    });
  }
  return problems;
}
