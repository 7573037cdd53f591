/**
 * Points of friction (quad classes 3–4, verbal and material conflict) and of
 * cooperation (1–2), by `quadClass` of each event's CAMEO root: the rule the
 * barometer counts by; of more than `BRIEF_LIMITS.rows`, the most recent.
 */
import { CAMEO_ROOTS, type IdMap, quadClass } from "@korea-relations/model";
import { dateWords } from "../../dateWords.js";
import { QUAD_KEYS } from "../BarometerTypes.js";
import { type BriefContext, briefLine } from "../BriefContext.js";
import type { BriefSection, Line } from "../BriefTypes.js";
import { BRIEF_LIMITS, lastOf, omittedOf } from "../briefLimits.js";
import { roleText } from "./chronologySection.js";

function quadSection<I extends IdMap>(
  ctx: BriefContext<I>,
  id: "friction" | "cooperation",
): BriefSection<I> {
  const { kept, left } = lastOf(
    ctx.entries.filter(({ event }) => quadClass(event.cameo) >= 3 === (id === "friction")),
    BRIEF_LIMITS.rows,
  );
  const lines: Line<I>[] = [];
  for (const entry of kept) {
    const { event } = entry;
    const quad = quadClass(event.cameo);
    const date = dateWords(event.date, ctx.lang, "short");
    const title = event.title[ctx.lang];
    const quadName = ctx.words.quads[QUAD_KEYS[quad - 1] as (typeof QUAD_KEYS)[number]];
    const cameo = `${event.cameo} ${CAMEO_ROOTS[event.cameo]}`;
    const role = roleText(ctx, entry);
    lines.push(
      briefLine(
        ctx,
        `${date}: ${title} (${quadName}, CAMEO ${cameo}; ${role}${
          event.status === "planned" ? `; ${ctx.words.planned}` : ""
        }).`,
        [date, title, quadName, cameo, role],
        [{ record: event }, { record: event, field: "date" }],
      ),
    );
  }
  return {
    id,
    layout: "list",
    heading: ctx.words.sections[id],
    columns: ctx.words.columns[id],
    lines,
    empty: ctx.words.empty[id],
    ...omittedOf(ctx, left, lines),
  };
}

export const frictionSection = <I extends IdMap>(ctx: BriefContext<I>) =>
  quadSection(ctx, "friction");
export const cooperationSection = <I extends IdMap>(ctx: BriefContext<I>) =>
  quadSection(ctx, "cooperation");
