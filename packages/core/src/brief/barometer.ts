/**
 * `barometer`: a cooperation–conflict barometer of one country or a pair, per
 * year or month, from the events of its timeline (see `countBarometer` for
 * the rules), with a caveat naming what it rests on.
 */
import type { IdMap } from "@korea-relations/model";
import { numberWords } from "../numberWords.js";
import type { Ref, Relations, TimelineEntry } from "../Relations.js";
import type { Barometer, BarometerOptions, QuadCounts } from "./BarometerTypes.js";
import { QUAD_KEYS } from "./BarometerTypes.js";

import { type BriefArguments, briefArguments } from "./briefArguments.js";
import { BRIEF_LIMITS } from "./briefLimits.js";
import { BRIEF_WORDS } from "./briefWords.js";
import { citedSources, sourcesPhrase } from "./citedSources.js";
import { countBarometer, quadCounts } from "./countBarometer.js";

const OPTION_KEYS = ["by", "from", "to", "lang"] as const;

/**
 * Per period, the events of a country (or a pair) counted by quad class —
 * verbal and material cooperation, verbal and material conflict, from the
 * CAMEO root by `quadClass` — with `net = cooperation − conflict` and the
 * event ids behind every number; events about the country (a subject) are
 * counted apart from events it takes part in.
 *
 * ```ts
 * const b = barometer(builtin(), "KR", "JP", { by: "year", from: "2018" });
 * b.periods.find((p) => p.period === "2019")?.about.events.materialConflict;
 * // ["2019-07-japan-tightens-export-controls-on-south-korea"]
 * ```
 */
export function barometer<I extends IdMap>(
  relations: Relations<I>,
  a: Ref<I["country"]>,
  b?: Ref<I["country"]> | BarometerOptions,
  options?: BarometerOptions,
): Barometer<I> {
  const args = briefArguments<I>(relations, a, b, options, "barometer", OPTION_KEYS);
  return barometerOf(args, timelineOf(args));
}

/** The events a brief or barometer rests on: the timeline of the country or pair in the window. */
export function timelineOf<I extends IdMap>(args: BriefArguments<I>): TimelineEntry<I>[] {
  const [a, b] = args.countries as [I["country"], I["country"] | undefined];
  const filter = {
    ...(args.from === undefined ? {} : { from: args.from }),
    ...(args.to === undefined ? {} : { to: args.to }),
  };
  return args.relations.timeline(a, b, filter);
}

/** The barometer of timeline entries already selected. */
export function barometerOf<I extends IdMap>(
  args: BriefArguments<I>,
  entries: readonly TimelineEntry<I>[],
): Barometer<I> {
  const { relations, countries, lang, by } = args;
  const words = BRIEF_WORDS[lang];
  const periods = countBarometer(entries, args);
  const sum = (role: "party" | "about"): QuadCounts<I> => {
    const ids = Object.fromEntries(
      QUAD_KEYS.map((key) => [key, periods.flatMap((period) => period[role].events[key])]),
    ) as { [K in (typeof QUAD_KEYS)[number]]: I["event"][] };
    return quadCounts(ids);
  };
  const sources = citedSources(
    relations,
    entries.map((entry) => entry.event),
  );
  const names = countries.map((code) => relations.getCountry(code).names[lang]).join(" – ");
  const count = numberWords(entries.length, lang);
  const caveat = words.barometerCaveat(
    names,
    words.counts.events(count, entries.length === 1),
    sourcesPhrase(relations, sources, lang, BRIEF_LIMITS.notes),
    countries.length === 2,
  );
  return {
    lang,
    countries,
    by,
    ...(args.from === undefined ? {} : { from: args.from }),
    ...(args.to === undefined ? {} : { to: args.to }),
    periods,
    total: { party: sum("party"), about: sum("about") },
    formula: words.formula,
    caveat,
    sources,
  };
}
