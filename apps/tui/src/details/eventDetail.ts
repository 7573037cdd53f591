import { CAMEO_ROOTS, type Event, type LabelLanguage, type Relations } from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";
import type { Detail, DetailRow } from "./Detail.js";
import { basisText, datedBasis } from "./dateText.js";
import { labelOf, labelOfId } from "./labelOf.js";
import { agreementRow, eventRow, fieldRow, linkRow, quoteRow, section } from "./rows.js";

/**
 * An event: date (stated or inferred, with the reason), place, participants
 * with the office each held then, topics, PLOVER and CAMEO codes, related
 * agreements and quotes.
 */
export function eventDetail(relations: Relations, event: Event, lang: LabelLanguage): Detail {
  const { links } = relations.relatedRecords(event.id);
  const place: DetailRow[] = event.place
    ? [
        {
          lead: "place",
          text: `${labelOfId(relations, event.place.id, lang)} · ${basisText(event.place, lang)}`,
          ref: event.place.id,
          evidence: event.id,
          field: "place",
          wrap: true,
        },
      ]
    : [];
  const plover = event.plover.mode
    ? `${event.plover.type} · ${event.plover.mode}`
    : event.plover.type;
  const cameo = (CAMEO_ROOTS as Record<string, string>)[event.cameo];
  const participants: DetailRow[] = event.participants.map((participant) => {
    const office =
      participant.office === undefined ? undefined : relations.resolve(participant.office);
    const held =
      office?.type === "office" ? ` — ${cleanLine(office.label[lang])} (${office.status})` : "";
    return {
      text: `${labelOfId(relations, participant.person, lang)}${held}`,
      ref: participant.person,
      evidence: office?.type === "office" ? office.id : event.id,
      ...(office?.type === "office" ? {} : { field: "participants" }),
    };
  });
  return {
    id: event.id,
    type: "event",
    title: labelOf(event, lang),
    kind: `event · ${event.kind}`,
    sections: [
      {
        title: "Facts",
        rows: [
          fieldRow("date", datedBasis(event.date, lang), { field: "date", wrap: true }),
          fieldRow("status", event.status, { field: "status" }),
          ...place,
          fieldRow("PLOVER", plover),
          fieldRow("CAMEO", cameo ? `${event.cameo} · ${cameo}` : event.cameo),
          ...(event.partOf ? [linkRow(relations, event.partOf, lang, "part of")] : []),
          fieldRow("summary", event.summary[lang], { wrap: true }),
        ],
      },
      ...section("Participants", participants),
      ...section("Countries", [
        ...event.countries.map((code) => linkRow(relations, code, lang, "party")),
        ...event.subjects.map((code) => linkRow(relations, code, lang, "about")),
      ]),
      ...section(
        "Organizations",
        event.organizations.map((id) => linkRow(relations, id, lang)),
      ),
      ...section(
        "Topics",
        event.topics.map((id) => linkRow(relations, id, lang)),
      ),
      ...section(
        "Agreements",
        (links.agreements ?? []).map((a) => agreementRow(a, lang)),
      ),
      ...section(
        "Quotes",
        (links.quotes ?? []).map((q) => quoteRow(q, relations, lang)),
      ),
      ...section(
        "Related events",
        [...(links.partOf ?? []), ...(links.parts ?? [])].map((e) => eventRow(e, lang)),
      ),
    ],
    timeline: event.countries.slice(0, 2),
  };
}
