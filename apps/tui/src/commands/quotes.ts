import { LABEL_LANGUAGES, LANGUAGES, type Quote } from "@korea-relations/core";
import { dateText } from "../details/dateText.js";
import { labelText } from "../details/labelText.js";
import { renderTable } from "../format/renderTable.js";
import { quoteArg } from "../text/quoteArg.js";
import { UsageError } from "../UsageError.js";
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

/** `quotes`: quotes, verbatim, in date order, filtered by speaker, language, topic, event, dates. */
export const quotes: Command = {
  name: "quotes",
  summary: "Quotes, verbatim in the language they are printed in",
  usage:
    "quotes [--speaker <ref>] [--quote-lang <lang>] [--topic <topic>]... [--event <id>] [--from <date>] [--to <date>]",
  options: {
    speaker: { type: "string", value: "<ref>", help: "a person or organization (id or any name)" },
    "quote-lang": {
      type: "string",
      value: "<lang>",
      help: `only quotes printed in this language (${LANGUAGES.join(", ")})`,
      choices: LANGUAGES,
    },
    topic: {
      type: "string",
      multiple: true,
      value: "<topic>",
      help: "quotes about any of these topics",
    },
    event: { type: "string", value: "<id>", help: "quotes said at this event" },
    from: { type: "string", value: "<date>", help: "partial ISO date: 2020, 2020-08, 2020-08-10" },
    to: { type: "string", value: "<date>", help: "partial ISO date" },
    json: JSON_OPTION,
  },
  json: true,
  examples: [
    "quotes --quote-lang de",
    "quotes --speaker 'Shigeru Ishiba' --lang de",
    "quotes --json | jq '.[].text'",
  ],
  run(context) {
    noArguments(context, "quotes");
    const lang = stringOption(context, "lang");
    if (lang !== undefined && !(LABEL_LANGUAGES as readonly string[]).includes(lang)) {
      // `--lang` is the labels' language here too: point to the quote's.
      throw new UsageError(
        `unknown --lang ${quoteArg(lang)}: labels are in ${LABEL_LANGUAGES.join(" or ")}; for the language a quote is printed in, use --quote-lang`,
        "quotes",
      );
    }
    const labels = labelLanguage(context, "quotes");
    const relations = context.io.relations();
    const speaker = stringOption(context, "speaker");
    const quoteLang = stringOption(context, "quote-lang");
    const topics = listOption(context, "topic");
    const event = stringOption(context, "event");
    const from = dateOption(context, "from", "quotes");
    const to = dateOption(context, "to", "quotes");
    const list = relations.findQuotes({
      ...(speaker !== undefined ? { speaker } : {}),
      ...(quoteLang !== undefined
        ? { language: oneOf(quoteLang, LANGUAGES, "--quote-lang", "quotes") }
        : {}),
      ...(topics.length > 0 ? { topics } : {}),
      ...(event !== undefined ? { event } : {}),
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    });
    if (context.json) printJson(context, list);
    else if (list.length === 0) printNote(context, "No quotes.");
    else
      context.io.stdout.write(
        renderTable<Quote>(
          list,
          [
            { header: "DATE", value: (q) => dateText(q.date) },
            {
              header: "SPEAKER",
              value: (q) => labelText(relations, q.speaker, labels),
              flex: true,
              min: 14,
            },
            { header: "LANG", value: (q) => q.language },
            { header: "ID", value: (q) => q.id, style: (t) => context.style.dim(t), id: true },
            { header: "QUOTE", value: (q) => `“${q.text}”`, flex: true, giveWay: 2, min: 24 },
          ],
          { style: context.style, ...(context.width ? { width: context.width } : {}) },
        ),
      );
    return exitFor(list.length);
  },
};
