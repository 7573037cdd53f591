import type { SourcedEvidence } from "@korea-relations/core";

/**
 * The evidence that backs `field`, where excerpts are tagged with the fields
 * they support; all of it when none is tagged with that field.
 */
export function fieldEvidence(
  evidence: readonly SourcedEvidence[],
  field: string | undefined,
): SourcedEvidence[] {
  if (field === undefined) return [...evidence];
  const tagged = evidence.filter((item) => item.supports?.includes(field));
  return tagged.length > 0 ? tagged : [...evidence];
}
