import { EVENT_KINDS } from "@korea-relations/core";
import { dateText } from "../details/dateText.js";
import { labelText } from "../details/labelText.js";
import { renderTable } from "../format/renderTable.js";
import { UsageError } from "../UsageError.js";
import { type Command, exitFor, printJson, printNote } from "./Command.js";
import { JSON_OPTION } from "./commonOptions.js";
import { dateOption, eventKinds, labelLanguage, listOption } from "./options.js";

/** `timeline <country> [<country>]`: a country's or a pair's events in date order. */
export const timeline: Command = {
  name: "timeline",
  summary: "Events of a country or a pair of countries, in date order",
  usage:
    "timeline <country> [<country>] [--kind <kind>]... [--topic <topic>]... [--from <date>] [--to <date>]",
  options: {
    kind: {
      type: "string",
      multiple: true,
      value: "<kind>",
      help: "only events of these kinds (summit, dialogue, …)",
      choices: EVENT_KINDS,
    },
    topic: {
      type: "string",
      multiple: true,
      value: "<topic>",
      help: "only events about any of these topics",
    },
    from: { type: "string", value: "<date>", help: "partial ISO date: 2020, 2020-08, 2020-08-10" },
    to: {
      type: "string",
      value: "<date>",
      help: "partial ISO date; a partial date covers its whole year or month",
    },
    json: JSON_OPTION,
  },
  json: true,
  examples: [
    "timeline KR",
    "timeline Südkorea Japan --from 2025",
    "timeline DE KR --json | jq length",
  ],
  run(context) {
    const countries = context.positionals;
    if (countries.length === 0) throw new UsageError("missing country", "timeline");
    if (countries.length > 2) throw new UsageError("at most two countries", "timeline");
    const relations = context.io.relations();
    const lang = labelLanguage(context, "timeline");
    const kinds = eventKinds(context, "timeline");
    const topics = listOption(context, "topic");
    const from = dateOption(context, "from", "timeline");
    const to = dateOption(context, "to", "timeline");
    // The events the countries take part in, and those about them (marked "about").
    const events = relations
      .timeline(countries[0] as string, countries[1], {
        ...(kinds.length > 0 ? { kinds } : {}),
        ...(topics.length > 0 ? { topics } : {}),
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
      })
      .map(({ event, role }) => ({ ...event, role }));
    if (context.json) printJson(context, events);
    else if (events.length === 0) printNote(context, "No events.");
    else
      context.io.stdout.write(
        renderTable<(typeof events)[number]>(
          events,
          [
            { header: "DATE", value: (e) => dateText(e.date) },
            { header: "KIND", value: (e) => e.kind, style: (t) => context.style.accent(t) },
            {
              header: "TITLE",
              value: (e) =>
                `${e.title[lang]}${e.status === "planned" ? " (planned)" : ""}${e.role === "about" ? " (about)" : ""}`,
              flex: true,
              giveWay: 2,
              min: 24,
            },
            {
              header: "PARTIES",
              value: (e) => e.countries.map((c) => labelText(relations, c, lang)).join(", "),
              flex: true,
              min: 12,
            },
            { header: "ID", value: (e) => e.id, style: (t) => context.style.dim(t), id: true },
          ],
          { style: context.style, ...(context.width ? { width: context.width } : {}) },
        ),
      );
    return exitFor(events.length);
  },
};
