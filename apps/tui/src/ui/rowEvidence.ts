import type { LabelLanguage, Relations, SourcedEvidence } from "@korea-relations/core";
import type { Detail, DetailRow } from "../details/Detail.js";
import { basisText } from "../details/dateText.js";

/** What backs a row of a detail: the record and field `e` opens, its excerpts, how it is known. */
export interface RowEvidence {
  readonly id: string;
  readonly field?: string;
  readonly evidence: readonly SourcedEvidence[];
  /** How the fact is known, in words, where the record says (`external: <reason>`). */
  readonly note?: string;
  /** The pane's title, where not "Evidence: n excerpts" (a brief's footnotes). */
  readonly title?: string;
}

/**
 * The evidence of a row, by core's one rule (`evidenceFor(id, { field })`):
 * the row's own record or field, or the excerpts the row names. A fact marked
 * `external` is known from outside the sources: it shows its reason and no
 * excerpt — unless the row names its excerpts (an office's sighting: the
 * excerpts show the person in office, the reason says how the date is known).
 */
export function rowEvidence(
  relations: Relations,
  detail: Detail,
  row: DetailRow | undefined,
  lang: LabelLanguage = "en",
): RowEvidence {
  const id = row?.evidence ?? row?.ref ?? detail.id;
  const field = row?.field;
  const target = { id, ...(field ? { field } : {}) };
  if (row?.basis?.basis === "external" && !row.excerpts) {
    return { ...target, evidence: [], note: basisText(row.basis, lang) };
  }
  let evidence: readonly SourcedEvidence[] = [];
  try {
    evidence = relations.evidenceFor(id, field ? { field } : {});
    const only = row?.excerpts;
    if (only) {
      evidence = evidence.filter((e) =>
        only.some((x) => x.source === e.source && x.quote === e.quote),
      );
    }
  } catch {
    evidence = [];
  }
  return {
    ...target,
    evidence,
    ...(row?.basis && row.basis.basis !== "stated" ? { note: basisText(row.basis, lang) } : {}),
  };
}
