/**
 * At a glance: events by kind, agreements, quotes, meetings of heads and of
 * ministers, and the first and last dated event. A row appears only where it
 * has something to count, so that every row cites what it counts (of more
 * than `BRIEF_LIMITS.notes` records, the last by date).
 */
import { EVENT_KINDS, type Event, type IdMap } from "@korea-relations/model";
import { dateWords } from "../../dateWords.js";
import { eventKindName } from "../../eventKindName.js";
import { numberWords } from "../../numberWords.js";
import { type BriefContext, briefLine, type Cite } from "../BriefContext.js";
import type { BriefSection, Line } from "../BriefTypes.js";
import { BRIEF_LIMITS, lastOf, omittedOf } from "../briefLimits.js";
import type { MeetingRow } from "./meetingRows.js";

export function glanceSection<I extends IdMap>(
  ctx: BriefContext<I>,
  meetings: readonly MeetingRow<I>[],
): BriefSection<I> {
  const { words, lang } = ctx;
  const lines: Line<I>[] = [];
  const count = (label: string, records: readonly Cite<I>[]) => {
    if (records.length === 0) return;
    const n = numberWords(records.length, lang);
    const { kept, left } = lastOf(records, BRIEF_LIMITS.notes);
    lines.push(briefLine(ctx, `${label}: ${n}.`, [label, n], kept, left));
  };
  const byKind = new Map<string, Event<I>[]>();
  for (const { event } of ctx.entries) {
    const list = byKind.get(event.kind);
    if (list) list.push(event);
    else byKind.set(event.kind, [event]);
  }
  const kinds = EVENT_KINDS.filter((kind) => byKind.has(kind)).sort(
    (x, y) => (byKind.get(y)?.length ?? 0) - (byKind.get(x)?.length ?? 0),
  );
  for (const kind of kinds) {
    count(
      eventKindName(kind, lang),
      (byKind.get(kind) ?? []).map((record) => ({ record })),
    );
  }
  count(
    words.glance.agreements,
    ctx.agreements.map((record) => ({ record })),
  );
  count(
    words.glance.quotes,
    ctx.quotes.map((record) => ({ record })),
  );
  for (const level of ["head", "minister"] as const) {
    count(
      level === "head" ? words.glance.headMeetings : words.glance.ministerMeetings,
      meetings
        .filter((row) => row.level === level)
        .map(({ event }) => ({ record: event, field: "participants" })),
    );
  }
  const first = ctx.entries[0]?.event;
  const last = ctx.entries[ctx.entries.length - 1]?.event;
  for (const [label, event] of [
    [words.glance.first, first],
    [words.glance.last, last],
  ] as const) {
    if (!event) continue;
    const planned = event.status === "planned" ? ` (${words.planned})` : "";
    const value = `${dateWords(event.date, ctx.lang, "short")}, ${event.title[lang]}${planned}`;
    lines.push(
      briefLine(ctx, `${label}: ${value}.`, [label, value], [{ record: event, field: "date" }]),
    );
  }
  return {
    id: "glance",
    layout: "table",
    heading: words.sections.glance,
    columns: words.columns.glance,
    lines,
    empty: words.empty.glance,
    ...omittedOf(ctx, 0, lines),
  };
}
