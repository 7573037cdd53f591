/**
 * The chronology of key events, one line each: events of a key kind
 * (summits, signings, rulings, sanctions, export controls, tariffs, tests,
 * deployments, arms deals, wars…), events at which an agreement was reached,
 * and every event that is not part of another event of the brief; of more
 * than `BRIEF_LIMITS.rows`, the most recent.
 */
import type { EventKind, IdMap } from "@korea-relations/model";
import { dateWords } from "../../dateWords.js";
import { eventKindName } from "../../eventKindName.js";
import type { TimelineEntry } from "../../Relations.js";
import { type BriefContext, briefLine, countryName, placeText } from "../BriefContext.js";
import type { BriefSection, Line } from "../BriefTypes.js";
import { BRIEF_LIMITS, lastOf, omittedOf } from "../briefLimits.js";

const KEY_KINDS: ReadonlySet<EventKind> = new Set<EventKind>([
  "summit",
  "agreement-signing",
  "ruling",
  "tariff",
  "sanction",
  "export-control",
  "weapons-test",
  "weapons-unveiling",
  "military-buildup",
  "deployment",
  "arms-deal",
  "mediation",
  "territorial-action",
  "war",
]);

/** The words of a timeline entry's role: "party", or "about" with the countries it is about. */
export function roleText<I extends IdMap>(ctx: BriefContext<I>, entry: TimelineEntry<I>): string {
  if (entry.role === "party") return ctx.words.roleMarks.party;
  const about = ctx.countries.filter((code) => entry.event.subjects.includes(code));
  return `${ctx.words.roleMarks.about}: ${about.map((code) => countryName(ctx, code)).join(", ")}`;
}

export function chronologySection<I extends IdMap>(ctx: BriefContext<I>): BriefSection<I> {
  const ids = new Set<string>(ctx.entries.map((entry) => entry.event.id));
  const agreed = new Set<string>();
  for (const agreement of ctx.agreements) if (agreement.event) agreed.add(agreement.event);
  const keyEntries = ctx.entries.filter(
    ({ event }) =>
      KEY_KINDS.has(event.kind) ||
      agreed.has(event.id) ||
      event.partOf === undefined ||
      !ids.has(event.partOf),
  );
  const { kept, left } = lastOf(keyEntries, BRIEF_LIMITS.rows);
  const lines: Line<I>[] = [];
  for (const entry of kept) {
    const { event } = entry;
    const date = dateWords(event.date, ctx.lang, "short");
    const title = event.title[ctx.lang];
    const kind = eventKindName(event.kind, ctx.lang);
    const place = placeText(ctx, event);
    const role = roleText(ctx, entry);
    const planned = event.status === "planned" ? ctx.words.planned : "";
    const details = [kind, planned, place, entry.role === "about" ? role : ""]
      .filter(Boolean)
      .join("; ");
    lines.push(
      briefLine(
        ctx,
        `${date}: ${title} (${details}).`,
        [date, title, kind, place, role],
        [
          { record: event },
          { record: event, field: "date" },
          ...(event.place ? [{ record: event, field: "place" }] : []),
        ],
      ),
    );
  }
  return {
    id: "chronology",
    layout: "list",
    heading: ctx.words.sections.chronology,
    columns: ctx.words.columns.chronology,
    lines,
    empty: ctx.words.empty.chronology,
    ...omittedOf(ctx, left, lines),
  };
}
