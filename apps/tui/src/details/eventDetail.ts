import {
  CAMEO_ROOTS,
  type Event,
  eventKindName,
  type LabelLanguage,
  type Relations,
} from "@korea-relations/core";
import { cleanLine } from "../text/cleanText.js";
import type { Detail, DetailRow } from "./Detail.js";
import { basisText, datedBasis } from "./dateText.js";
import { factLinks } from "./factLinks.js";
import { labelText } from "./labelText.js";
import { relationSections } from "./relationSections.js";
import { fieldRow } from "./rows.js";

/**
 * An event: date (stated or inferred, with the reason), place, PLOVER and
 * CAMEO codes, participants with the office each held then, parties and
 * countries it is about, and every other link (sub-events, agreements…).
 */
export function eventDetail(relations: Relations, event: Event, lang: LabelLanguage): Detail {
  const related = relations.relatedRecords(event.id);
  const plover = event.plover.mode
    ? `${event.plover.type} · ${event.plover.mode}`
    : event.plover.type;
  const cameo = (CAMEO_ROOTS as Record<string, string>)[event.cameo];
  const participant = (person: string): DetailRow => {
    const held = event.participants.find((p) => p.person === person)?.office;
    const office = held === undefined ? undefined : relations.resolve(held);
    const title =
      office?.type === "office" ? ` — ${cleanLine(office.label[lang])} (${office.status})` : "";
    return {
      text: `${labelText(relations, person, lang)}${title}`,
      ref: person,
      relation: "participants",
      evidence: office?.type === "office" ? office.id : event.id,
      ...(office?.type === "office" ? {} : { field: "participants" }),
    };
  };
  return {
    id: event.id,
    type: "event",
    title: labelText(relations, event, lang),
    kind: `event · ${eventKindName(event.kind, lang)}`,
    sections: [
      {
        title: "Facts",
        rows: [
          fieldRow("date", datedBasis(event.date, lang), {
            field: "date",
            wrap: true,
            basis: event.date,
          }),
          fieldRow("status", event.status, { field: "status" }),
          ...factLinks(relations, related, "place", "place", lang, (place) => ({
            text: `${labelText(relations, place, lang)}${event.place ? ` · ${basisText(event.place, lang)}` : ""}`,
            evidence: event.id,
            field: "place",
            wrap: true,
            ...(event.place ? { basis: event.place } : {}),
          })),
          fieldRow("PLOVER", plover),
          fieldRow("CAMEO", cameo ? `${event.cameo} · ${cameo}` : event.cameo),
          ...factLinks(relations, related, "partOf", "part of", lang),
          fieldRow("summary", event.summary[lang], { wrap: true }),
        ],
      },
      ...relationSections(relations, related, lang, {
        order: [
          "participants",
          "offices",
          "parties",
          "subjects",
          "organizations",
          "topics",
          "parts",
          "agreements",
          "quotes",
          "sources",
        ],
        shown: new Set(["place", "partOf"]),
        rowOf: (record, relation) =>
          relation === "participants" ? participant(record.id) : undefined,
      }),
    ],
    timeline: event.countries.slice(0, 2),
  };
}
