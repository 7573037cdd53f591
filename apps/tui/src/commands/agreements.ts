import { AGREEMENT_KINDS, type Agreement } from "@korea-relations/core";
import { dateText } from "../details/dateText.js";
import { labelOfId } from "../details/labelOf.js";
import { renderTable } from "../format/renderTable.js";
import { UsageError } from "../UsageError.js";
import { type Command, printJson } from "./Command.js";
import { labelLanguage, listOption, oneOf, stringOption } from "./options.js";

/** `agreements`: agreements where every `--party` is a party. */
export const agreements: Command = {
  name: "agreements",
  summary: "Agreements, by party, kind and date",
  usage:
    "agreements [--party <country>]... [--kind <kind>]... [--event <id>] [--from <date>] [--to <date>]",
  options: {
    party: { type: "string", multiple: true },
    kind: { type: "string", multiple: true },
    event: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    lang: { type: "string" },
  },
  optionHelp: [
    ["--party <country>", "every one of these countries is a party (repeat the option)"],
    ["--kind <kind>", `any of these kinds (${AGREEMENT_KINDS.join(", ")})`],
    ["--event <id>", "agreements reached at this event"],
    ["--from <date>, --to <date>", "partial ISO dates"],
    ["--lang en|de", "language of titles (default en)"],
  ],
  examples: ["agreements --party KR --party JP", "agreements --json | jq 'map(.title.en)'"],
  run(context) {
    if (context.positionals.length > 0)
      throw new UsageError(`unexpected argument "${context.positionals[0]}"`, "agreements");
    const relations = context.io.relations();
    const lang = labelLanguage(context, "agreements");
    const parties = listOption(context, "party");
    const kinds = listOption(context, "kind").map((k) =>
      oneOf(k, AGREEMENT_KINDS, "agreement kind", "agreements"),
    );
    const event = stringOption(context, "event");
    const from = stringOption(context, "from");
    const to = stringOption(context, "to");
    const list = relations.findAgreements({
      ...(parties.length > 0 ? { parties } : {}),
      ...(kinds.length > 0 ? { kinds } : {}),
      ...(event !== undefined ? { event } : {}),
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    });
    if (context.json) printJson(context, list);
    else if (list.length === 0) context.io.stderr.write("No agreements.\n");
    else
      context.io.stdout.write(
        renderTable<Agreement>(
          list,
          [
            { header: "DATE", value: (a) => dateText(a.date) },
            { header: "KIND", value: (a) => a.kind, style: (t) => context.style.accent(t) },
            { header: "TITLE", value: (a) => a.title[lang], flex: true },
            {
              header: "PARTIES",
              value: (a) =>
                [...a.parties, ...(a.organizations ?? [])]
                  .map((p) => labelOfId(relations, p, lang))
                  .join(", "),
              flex: true,
            },
            { header: "ID", value: (a) => a.id, style: (t) => context.style.dim(t), flex: true },
          ],
          { style: context.style, ...(context.width ? { width: context.width } : {}) },
        ),
      );
    return 0;
  },
};
