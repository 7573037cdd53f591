import type { Basis, Reason } from "@korea-relations/core";

/** A screen of the UI, as kept in the history stack. */
export type View =
  | { readonly kind: "search" }
  | { readonly kind: "detail"; readonly id: string }
  | {
      readonly kind: "evidence";
      readonly id: string;
      readonly field?: string;
      /** How the fact is known where not stated (`external` and its reason, shown in the UI's language). */
      readonly basis?: { readonly basis: Basis; readonly reason?: Reason };
      /** The fact is known from outside the sources: no excerpt backs it. */
      readonly external?: boolean;
    }
  | {
      readonly kind: "timeline";
      readonly countries: readonly string[];
      /** Only these events (a barometer period's), under a title saying which. */
      readonly only?: { readonly title: string; readonly ids: readonly string[] };
    }
  | { readonly kind: "sources" }
  /** Core's cited brief of a country or a pair. */
  | { readonly kind: "brief"; readonly countries: readonly string[] }
  | { readonly kind: "reader"; readonly source: string; readonly at?: number };

/** A view in the history stack; `key` tells apart two visits of the same view. */
export interface HistoryEntry {
  readonly key: number;
  readonly view: View;
}
