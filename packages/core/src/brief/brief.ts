/**
 * `brief`: a cited brief of one country or a pair over a period, in English
 * or German. It rests on the country's (or the pair's) timeline in the
 * window — events it takes part in and events about it — the agreements
 * between the countries in the window, and the quotes said at those events.
 */
import type { IdMap } from "@korea-relations/model";
import { numberWords } from "../numberWords.js";
import type { Ref, Relations } from "../Relations.js";
import { type BriefContext, briefLine } from "./BriefContext.js";
import type { Brief, BriefOptions } from "./BriefTypes.js";
import { barometerOf, timelineOf } from "./barometer.js";
import { briefArguments } from "./briefArguments.js";
import { BRIEF_LIMITS } from "./briefLimits.js";
import { BRIEF_WORDS } from "./briefWords.js";
import { citedSources, sourcesPhrase } from "./citedSources.js";
import { FootnoteList } from "./FootnoteList.js";
import { agreementsSection } from "./sections/agreementsSection.js";
import { barometerAboutSection, barometerPartySection } from "./sections/barometerSections.js";
import { chronologySection } from "./sections/chronologySection.js";
import { glanceSection } from "./sections/glanceSection.js";
import { meetingRows } from "./sections/meetingRows.js";
import { meetingsSection } from "./sections/meetingsSection.js";
import { cooperationSection, frictionSection } from "./sections/quadSections.js";
import { quotesSection } from "./sections/quotesSection.js";
import { sourceCites, sourcesSection } from "./sections/sourcesSection.js";

const OPTION_KEYS = ["from", "to", "lang"] as const;

/**
 * A brief of a country or a pair: at a glance, sources, chronology of key
 * events, agreements, who met whom, quotes, points of friction and of
 * cooperation, and the barometer by year — every line built from records
 * by a template and citing the passages it rests on, under a caveat naming
 * what it rests on.
 *
 * Of a large dataset it shows at most `BRIEF_LIMITS.rows` rows a section (the
 * last, by date) and cites at most `BRIEF_LIMITS.notes` records a count (the
 * last by date; `uncited` says how many more it counts), while its counts
 * count everything; a section that leaves anything out says so in its
 * `omitted` sentence, and the caveat names the first `BRIEF_LIMITS.notes`
 * sources and "…". So the brief of a country with 4,940 of 100,000 events
 * has 366 rows and 1,573 footnotes (6,115 without the limits).
 *
 * ```ts
 * const b = brief(builtin(), "KR", "JP", { from: "2020", lang: "de" });
 * b.caveat.text;           // "Dieses Dossier (Südkorea – Japan) stützt sich auf …"
 * b.footnotes[0].excerpt;  // a verbatim passage
 * briefMarkdown(b);        // or briefHtml(b), briefJson(b)
 * ```
 */
export function brief<I extends IdMap>(
  relations: Relations<I>,
  a: Ref<I["country"]>,
  b?: Ref<I["country"]> | BriefOptions,
  options?: BriefOptions,
): Brief<I> {
  const args = briefArguments<I>(relations, a, b, options, "brief", OPTION_KEYS);
  const { countries, lang } = args;
  const words = BRIEF_WORDS[lang];
  const entries = timelineOf(args);
  const eventIds = new Set<string>(entries.map((entry) => entry.event.id));
  const agreements = relations.findAgreements({
    parties: countries,
    ...(args.from === undefined ? {} : { from: args.from }),
    ...(args.to === undefined ? {} : { to: args.to }),
  });
  const quotes = relations
    .findQuotes()
    .filter((quote) => quote.event !== undefined && eventIds.has(quote.event));
  const ctx: BriefContext<I> = {
    relations,
    lang,
    words,
    countries,
    entries,
    agreements,
    quotes,
    notes: new FootnoteList(relations),
    offices: new Map(),
  };
  const events = entries.map((entry) => entry.event);
  const sources = citedSources(relations, [...events, ...agreements, ...quotes]);
  const names = countries.map((code) => relations.getCountry(code).names[lang]).join(" – ");
  const counts = words.list([
    words.counts.events(numberWords(events.length, lang), events.length === 1),
    words.counts.agreements(numberWords(agreements.length, lang), agreements.length === 1),
    words.counts.quotes(numberWords(quotes.length, lang), quotes.length === 1),
  ]);
  const caveat = briefLine(
    ctx,
    words.caveat(
      names,
      counts,
      sourcesPhrase(relations, sources, lang, BRIEF_LIMITS.notes),
      countries.length === 2,
    ),
    [],
    sources.slice(0, BRIEF_LIMITS.notes).flatMap((id) => sourceCites(ctx, id)),
    Math.max(0, sources.length - BRIEF_LIMITS.notes),
  );
  const barometer = barometerOf({ ...args, by: "year" }, entries);
  const meetings = meetingRows(ctx);
  const sections = [
    glanceSection(ctx, meetings),
    sourcesSection(ctx, sources),
    chronologySection(ctx),
    agreementsSection(ctx),
    meetingsSection(ctx, meetings),
    quotesSection(ctx),
    frictionSection(ctx),
    cooperationSection(ctx),
    barometerPartySection(ctx, barometer),
    barometerAboutSection(ctx, barometer),
  ];
  return {
    lang,
    countries,
    ...(args.from === undefined ? {} : { from: args.from }),
    ...(args.to === undefined ? {} : { to: args.to }),
    title: words.title(names, words.period(args.from, args.to)),
    caveat,
    sections,
    barometer,
    footnotes: ctx.notes.list,
    basis: {
      events: events.map((event) => event.id),
      agreements: agreements.map((agreement) => agreement.id),
      quotes: quotes.map((quote) => quote.id),
      sources,
    },
  };
}
