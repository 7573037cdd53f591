/**
 * Who met whom: each meeting with its participants and the offices they held
 * then; of more than `BRIEF_LIMITS.rows`, the most recent.
 */
import type { IdMap } from "@korea-relations/model";
import { dateWords } from "../../dateWords.js";
import {
  type BriefContext,
  briefLine,
  type Cite,
  labelOf,
  officeText,
  placeText,
} from "../BriefContext.js";
import type { BriefSection } from "../BriefTypes.js";
import { BRIEF_LIMITS, lastOf, omittedOf } from "../briefLimits.js";
import type { MeetingRow } from "./meetingRows.js";

export function meetingsSection<I extends IdMap>(
  ctx: BriefContext<I>,
  rows: readonly MeetingRow<I>[],
): BriefSection<I> {
  const { words, lang } = ctx;
  const { kept, left } = lastOf(rows, BRIEF_LIMITS.rows);
  const lines = kept.map(({ event, participants, level }) => {
    const date = dateWords(event.date, ctx.lang, "short");
    const title = event.title[lang];
    const place = placeText(ctx, event);
    const people = participants
      .map(({ person, office }) =>
        office ? `${labelOf(ctx, person)} (${officeText(ctx, office)})` : labelOf(ctx, person),
      )
      .join("; ");
    const levelText = words.levels[level];
    const cites: Cite<I>[] = [
      { record: event, field: "participants" },
      { record: event, field: "date" },
      ...(event.place ? [{ record: event, field: "place" }] : []),
      ...participants.flatMap(({ office }) => (office ? [{ record: office }] : [])),
    ];
    return briefLine(
      ctx,
      `${date}${place ? `, ${place}` : ""}: ${title}: ${people}.`,
      [date, title, place, people, levelText],
      cites,
    );
  });
  return {
    id: "meetings",
    layout: "table",
    heading: words.sections.meetings,
    columns: words.columns.meetings,
    lines,
    empty: words.empty.meetings,
    ...omittedOf(ctx, left, lines),
  };
}
