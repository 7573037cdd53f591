import type { SourcedEvidence } from "@korea-relations/core";

/** A record's evidence split into what backs the record as a whole and what backs one field. */
export interface SplitEvidence {
  /** Excerpts without `supports`: they back the whole record. */
  readonly general: readonly SourcedEvidence[];
  /** Excerpts that back this field (`date`, `place`, `participants`…). */
  of(field: string): readonly SourcedEvidence[];
}

export function splitEvidence(list: readonly SourcedEvidence[]): SplitEvidence {
  return {
    general: list.filter((e) => !e.supports || e.supports.length === 0),
    of: (field) => list.filter((e) => e.supports?.includes(field)),
  };
}
