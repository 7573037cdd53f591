/**
 * The meetings of a brief, with who took part in which office and at which
 * level. A meeting is an event of a meeting kind (meeting, summit, talks,
 * dialogue, visit, press conference, conference, forum) with named
 * participants. Its level is the lowest of the highest ranks on each side —
 * for a pair, each country's participants; for one country, its participants
 * and those of other countries — where heads of state or government rank
 * above foreign and defence ministers, and those above everyone else.
 */
import type { Event, EventKind, IdMap, Office, Role } from "@korea-relations/model";
import { type BriefContext, heldOffice } from "../BriefContext.js";

export const MEETING_KINDS: ReadonlySet<EventKind> = new Set<EventKind>([
  "meeting",
  "summit",
  "talks",
  "dialogue",
  "visit",
  "press-conference",
  "conference",
  "forum",
]);

const RANK: Partial<Record<Role, number>> = {
  "head-of-state": 2,
  "head-of-government": 2,
  "foreign-minister": 1,
  "defense-minister": 1,
};

export type MeetingLevel = "head" | "minister" | "other";

export interface MeetingRow<I extends IdMap = IdMap> {
  readonly event: Event<I>;
  readonly participants: readonly { readonly person: I["person"]; readonly office?: Office<I> }[];
  readonly level: MeetingLevel;
}

export function meetingRows<I extends IdMap>(ctx: BriefContext<I>): MeetingRow<I>[] {
  const [a, b] = ctx.countries;
  const rows: MeetingRow<I>[] = [];
  for (const { event } of ctx.entries) {
    if (!MEETING_KINDS.has(event.kind) || event.participants.length === 0) continue;
    const participants = event.participants.map(({ person, office }) => {
      const held = heldOffice(ctx, person, event.date, office);
      return held ? { person, office: held } : { person };
    });
    const side = (inSide: (country: string) => boolean) => {
      let rank = 0;
      for (const { office } of participants) {
        if (office?.country !== undefined && inSide(office.country)) {
          for (const role of office.roles) rank = Math.max(rank, RANK[role] ?? 0);
        }
      }
      return rank;
    };
    const level = Math.min(
      side((country) => country === a),
      side((country) => (b === undefined ? country !== a : country === b)),
    );
    rows.push({
      event,
      participants,
      level: level === 2 ? "head" : level === 1 ? "minister" : "other",
    });
  }
  return rows;
}
