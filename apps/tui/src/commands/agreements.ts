import { AGREEMENT_KINDS, type Agreement } from "@korea-relations/core";
import { dateText } from "../details/dateText.js";
import { labelText } from "../details/labelText.js";
import { renderTable } from "../format/renderTable.js";
import { type Command, exitFor, printJson, printNote } from "./Command.js";
import { JSON_OPTION } from "./commonOptions.js";
import {
  dateOption,
  labelLanguage,
  listOption,
  noArguments,
  oneOf,
  stringOption,
} from "./options.js";

/** `agreements`: agreements where every `--party` is a party. */
export const agreements: Command = {
  name: "agreements",
  summary: "Agreements, by party, kind and date",
  usage:
    "agreements [--party <country>]... [--kind <kind>]... [--event <id>] [--from <date>] [--to <date>]",
  options: {
    party: {
      type: "string",
      multiple: true,
      value: "<country>",
      help: "every one of these countries is a party (repeat the option)",
    },
    kind: {
      type: "string",
      multiple: true,
      value: "<kind>",
      help: `any of these kinds (${AGREEMENT_KINDS.join(", ")})`,
      choices: AGREEMENT_KINDS,
    },
    event: { type: "string", value: "<id>", help: "agreements reached at this event" },
    from: { type: "string", value: "<date>", help: "partial ISO date: 2020, 2020-08, 2020-08-10" },
    to: { type: "string", value: "<date>", help: "partial ISO date" },
    json: JSON_OPTION,
  },
  json: true,
  examples: ["agreements --party KR --party JP", "agreements --json | jq 'map(.title.en)'"],
  run(context) {
    noArguments(context, "agreements");
    const relations = context.io.relations();
    const lang = labelLanguage(context, "agreements");
    const parties = listOption(context, "party");
    const kinds = listOption(context, "kind").map((k) =>
      oneOf(k, AGREEMENT_KINDS, "--kind", "agreements"),
    );
    const event = stringOption(context, "event");
    const from = dateOption(context, "from", "agreements");
    const to = dateOption(context, "to", "agreements");
    const list = relations.findAgreements({
      ...(parties.length > 0 ? { parties } : {}),
      ...(kinds.length > 0 ? { kinds } : {}),
      ...(event !== undefined ? { event } : {}),
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    });
    if (context.json) printJson(context, list);
    else if (list.length === 0) printNote(context, "No agreements.");
    else
      context.io.stdout.write(
        renderTable<Agreement>(
          list,
          [
            { header: "DATE", value: (a) => dateText(a.date) },
            { header: "KIND", value: (a) => a.kind, style: (t) => context.style.accent(t) },
            { header: "TITLE", value: (a) => a.title[lang], flex: true, giveWay: 2, min: 24 },
            {
              header: "PARTIES",
              value: (a) =>
                [...a.parties, ...(a.organizations ?? [])]
                  .map((p) => labelText(relations, p, lang))
                  .join(", "),
              flex: true,
              min: 12,
            },
            { header: "ID", value: (a) => a.id, style: (t) => context.style.dim(t), id: true },
          ],
          { style: context.style, ...(context.width ? { width: context.width } : {}) },
        ),
      );
    return exitFor(list.length);
  },
};
