import { LANGUAGES, type Quote } from "@korea-relations/core";
import { dateText } from "../details/dateText.js";
import { labelOfId } from "../details/labelOf.js";
import { renderTable } from "../format/renderTable.js";
import { UsageError } from "../UsageError.js";
import { type Command, printJson } from "./Command.js";
import { listOption, oneOf, stringOption } from "./options.js";

/** `quotes`: quotes, verbatim, in date order, filtered by speaker, language, topic, event, dates. */
export const quotes: Command = {
  name: "quotes",
  summary: "Quotes, verbatim in the language they are printed in",
  usage:
    "quotes [--speaker <ref>] [--lang <lang>] [--topic <topic>]... [--event <id>] [--from <date>] [--to <date>]",
  options: {
    speaker: { type: "string" },
    lang: { type: "string" },
    topic: { type: "string", multiple: true },
    event: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
  },
  optionHelp: [
    ["--speaker <ref>", "a person or organization (id or any name)"],
    ["--lang <lang>", `language the quote is printed in (${LANGUAGES.join(", ")})`],
    ["--topic <topic>", "quotes about any of these topics"],
    ["--event <id>", "quotes said at this event"],
    ["--from <date>, --to <date>", "partial ISO dates"],
  ],
  examples: [
    "quotes --lang de",
    "quotes --speaker 'Shigeru Ishiba'",
    "quotes --json | jq '.[].text'",
  ],
  run(context) {
    if (context.positionals.length > 0)
      throw new UsageError(`unexpected argument "${context.positionals[0]}"`, "quotes");
    const relations = context.io.relations();
    const speaker = stringOption(context, "speaker");
    const lang = stringOption(context, "lang");
    const topics = listOption(context, "topic");
    const event = stringOption(context, "event");
    const from = stringOption(context, "from");
    const to = stringOption(context, "to");
    const list = relations.findQuotes({
      ...(speaker !== undefined ? { speaker } : {}),
      ...(lang !== undefined ? { language: oneOf(lang, LANGUAGES, "language", "quotes") } : {}),
      ...(topics.length > 0 ? { topics } : {}),
      ...(event !== undefined ? { event } : {}),
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    });
    if (context.json) printJson(context, list);
    else if (list.length === 0) context.io.stderr.write("No quotes.\n");
    else
      context.io.stdout.write(
        renderTable<Quote>(
          list,
          [
            { header: "DATE", value: (q) => dateText(q.date) },
            { header: "SPEAKER", value: (q) => labelOfId(relations, q.speaker, "en"), flex: true },
            { header: "LANG", value: (q) => q.language },
            { header: "ID", value: (q) => q.id, style: (t) => context.style.dim(t), flex: true },
            { header: "QUOTE", value: (q) => `“${q.text}”`, flex: true },
          ],
          { style: context.style, ...(context.width ? { width: context.width } : {}) },
        ),
      );
    return 0;
  },
};
