/** What a search returns: hits with their tier, score and the ranges to mark. */
import type { Range, SearchMatch } from "./highlight.js";

export type SearchTier = "exact" | "words" | "fuzzy";

export interface EngineHit {
  readonly type: string;
  readonly id: string;
  /** 0–1, 1 best; ordered as the hits are. */
  readonly score: number;
  readonly tier: SearchTier;
  /** The most telling field that matched, its text and the ranges to mark (see `matches`). */
  readonly field: string;
  readonly text: string;
  readonly ranges: readonly Range[];
  /** Every field that matched. */
  readonly matches: readonly SearchMatch[];
}

export interface EngineResult {
  /** How many records match in all (`hits` is one page of them). */
  readonly total: number;
  readonly hits: readonly EngineHit[];
}

export interface EngineOptions {
  /** Only records of these types. */
  readonly types?: readonly string[];
  /** Hits to skip (default 0). */
  readonly offset?: number;
  /** At most this many hits (default 20). */
  readonly limit?: number;
}
