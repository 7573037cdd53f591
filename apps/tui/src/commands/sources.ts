import type { Source } from "@korea-relations/core";
import { CliError } from "../CliError.js";
import { dateText } from "../details/dateText.js";
import { renderTable } from "../format/renderTable.js";
import { cleanText } from "../text/cleanText.js";
import { UsageError } from "../UsageError.js";
import { type Command, exitFor, printJson, printNote } from "./Command.js";
import { JSON_OPTION } from "./commonOptions.js";
import { labelLanguage } from "./options.js";

/** `sources`: the articles the dataset is compiled from; `sources <id>`: one article's text. */
export const sources: Command = {
  name: "sources",
  summary: "The source articles; with an id, print that article's text",
  usage: "sources [<id>]",
  options: { json: JSON_OPTION },
  json: true,
  examples: [
    "sources",
    "sources ffo-2020-08-10-strategic-dialogue | less",
    "sources --json | jq '.[].id'",
  ],
  run(context) {
    if (context.positionals.length > 1)
      throw new UsageError("give at most one source id", "sources");
    const relations = context.io.relations();
    const lang = labelLanguage(context, "sources");
    const id = context.positionals[0];
    if (id !== undefined) {
      const source = relations.getSource(id);
      const text = context.io.sourceText(source.id);
      if (text === undefined) {
        throw new CliError(
          `the full text of ${source.id} is not published (its publisher's terms); \`show ${source.id}\` lists the passages the records cite`,
        );
      }
      if (context.json) printJson(context, { ...source, text });
      else context.io.stdout.write(`${cleanText(text).replace(/\n?$/, "\n")}`);
      return 0;
    }
    const list = relations.dataset.sources;
    if (context.json) printJson(context, list);
    else if (list.length === 0) printNote(context, "No sources.");
    else
      context.io.stdout.write(
        renderTable<Source>(
          list,
          [
            { header: "ID", value: (s) => s.id, style: (t) => context.style.dim(t), id: true },
            { header: "DATE", value: (s) => (s.published ? dateText(s.published) : "undated") },
            { header: "LANG", value: (s) => s.language },
            { header: "PUBLISHER", value: (s) => s.publisher?.value ?? "", flex: true, min: 12 },
            {
              header: "TITLE",
              value: (s) => s.title?.value ?? s.summary[lang],
              flex: true,
              giveWay: 2,
              min: 24,
            },
          ],
          { style: context.style, ...(context.width ? { width: context.width } : {}) },
        ),
      );
    return exitFor(list.length);
  },
};
