/**
 * The types of a barometer: per period, events counted by quad class, kept
 * apart by whether the countries take part or the events are about them, with
 * the ids behind every number.
 */
import type { IdMap, LabelLanguage } from "@korea-relations/model";

/** `barometer(relations, a, b?, options)`: the period length, the window and the language. */
export interface BarometerOptions {
  /** Length of a period: `year` (default) or `month`. */
  readonly by?: "year" | "month";
  /** Partial ISO date: events whose date overlaps `[from, to]`. */
  readonly from?: string;
  readonly to?: string;
  /** Language of the caveat and the formula (`en` by default). */
  readonly lang?: LabelLanguage;
}

/** The four quad classes by name, in GDELT's order (1–4). */
export const QUAD_KEYS = [
  "verbalCooperation",
  "materialCooperation",
  "verbalConflict",
  "materialConflict",
] as const;

export type QuadKey = (typeof QUAD_KEYS)[number];

/** Events of one period (or the whole window) counted by quad class. */
export interface QuadCounts<I extends IdMap = IdMap> {
  readonly verbalCooperation: number;
  readonly materialCooperation: number;
  readonly verbalConflict: number;
  readonly materialConflict: number;
  /** Verbal plus material cooperation (quad classes 1 and 2). */
  readonly cooperation: number;
  /** Verbal plus material conflict (quad classes 3 and 4). */
  readonly conflict: number;
  readonly total: number;
  /** `cooperation − conflict`: every event counts 1. */
  readonly net: number;
  /** The ids behind each count, oldest first. */
  readonly events: { readonly [K in QuadKey]: readonly I["event"][] };
}

/** One period: a year (`2025`) or a month (`2025-08`). */
export interface BarometerPeriod<I extends IdMap = IdMap> {
  readonly period: string;
  /**
   * `month` or `year`. With `by: "month"`, events dated to a year only are
   * counted in a period of that year (`precision: "year"`), placed before its months.
   */
  readonly precision: "year" | "month";
  /** Events the country (for a pair: both) takes part in. */
  readonly party: QuadCounts<I>;
  /** Events about the country (a subject), not taken part in; for a pair, about at least one of them. */
  readonly about: QuadCounts<I>;
}

/** A cooperation–conflict barometer of one country or a pair. */
export interface Barometer<I extends IdMap = IdMap> {
  readonly lang: LabelLanguage;
  readonly countries: readonly I["country"][];
  readonly by: "year" | "month";
  readonly from?: string;
  readonly to?: string;
  /** Every period from the first to the last (or the window's), empty ones included, oldest first. */
  readonly periods: readonly BarometerPeriod<I>[];
  /** All periods together. */
  readonly total: { readonly party: QuadCounts<I>; readonly about: QuadCounts<I> };
  /** How the net score is computed, in words. */
  readonly formula: string;
  /** How many events it rests on, from which sources, and what it cannot show. */
  readonly caveat: string;
  /** The sources cited by the events counted. */
  readonly sources: readonly I["source"][];
}
