import type { Basis, Evidence, Reason, RecordType, Relation } from "@korea-relations/core";

/** How a row's text is shown; colour always comes with the same meaning in text. */
export type Tone = "normal" | "dim" | "accent" | "warn";

/** One fact or link of a detail view. */
export interface DetailRow {
  /** Shown text. */
  readonly text: string;
  /** A short column before the text: a field name, a date. */
  readonly lead?: string;
  /** The record Enter opens. */
  readonly ref?: string;
  /** The relation (core's `relatedRecords`) under which `ref` is linked to the detail's record. */
  readonly relation?: Relation;
  /** The record whose evidence backs this row (default: `ref`, else the detail's record). */
  readonly evidence?: string;
  /** Only the evidence that supports this field of that record (`evidenceFor(id, { field })`). */
  readonly field?: string;
  /** Only these excerpts of that record (an office's sighting: the excerpts that show its date). */
  readonly excerpts?: readonly Pick<Evidence, "source" | "quote">[];
  /** How the row's fact is known, where the record says: `external` facts have no excerpt. */
  readonly basis?: { readonly basis: Basis; readonly reason?: Reason };
  /** The countries `t` opens the timeline of from this row (a partner: the pair). */
  readonly timeline?: readonly string[];
  /** A source whose article Enter opens in the reader. */
  readonly reader?: string;
  /** Wrap long text over several lines instead of cutting it. */
  readonly wrap?: boolean;
  readonly tone?: Tone;
  /** A bar of a bar chart: `value` of `max`. */
  readonly bar?: { readonly value: number; readonly max: number };
  /** A barometer's diverging bar: conflict left of the axis, cooperation right, of `max`. */
  readonly diverging?: {
    readonly conflict: number;
    readonly cooperation: number;
    readonly max: number;
  };
  /** Events Enter lists (in the timeline of `timeline`'s countries): a barometer period's. */
  readonly events?: { readonly title: string; readonly ids: readonly string[] };
}

export interface DetailSection {
  readonly title: string;
  readonly rows: readonly DetailRow[];
}

/** What a detail view shows of one record, built from core queries. */
export interface Detail {
  readonly id: string;
  readonly type: RecordType;
  readonly title: string;
  /** The record's kind in words, e.g. "event · summit". */
  readonly kind: string;
  readonly sections: readonly DetailSection[];
  /** Countries (one or two) whose timeline `t` opens from here. */
  readonly timeline: readonly string[];
}
