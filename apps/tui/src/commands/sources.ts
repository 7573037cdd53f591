import { type Source, UnknownEntityError } from "@korea-relations/core";
import { dateText } from "../details/dateText.js";
import { renderTable } from "../format/renderTable.js";
import { cleanText } from "../text/cleanText.js";
import { UsageError } from "../UsageError.js";
import { type Command, printJson } from "./Command.js";

/** `sources`: the articles the dataset is compiled from; `sources <id>`: one article's text. */
export const sources: Command = {
  name: "sources",
  summary: "The source articles; with an id, print that article's text",
  usage: "sources [<id>]",
  options: {},
  optionHelp: [],
  examples: [
    "sources",
    "sources ffo-2020-08-10-strategic-dialogue | less",
    "sources --json | jq '.[].id'",
  ],
  run(context) {
    if (context.positionals.length > 1)
      throw new UsageError("give at most one source id", "sources");
    const relations = context.io.relations();
    const id = context.positionals[0];
    if (id !== undefined) {
      const source = relations.getSource(id);
      const text = context.io.sourceText(source.id);
      if (text === undefined) throw new UnknownEntityError("source", id);
      if (context.json) printJson(context, { ...source, text });
      else context.io.stdout.write(`${cleanText(text).replace(/\n?$/, "\n")}`);
      return 0;
    }
    const list = relations.dataset.sources;
    if (context.json) printJson(context, list);
    else
      context.io.stdout.write(
        renderTable<Source>(
          list,
          [
            { header: "ID", value: (s) => s.id, style: (t) => context.style.dim(t) },
            { header: "DATE", value: (s) => (s.published ? dateText(s.published) : "undated") },
            { header: "LANG", value: (s) => s.language },
            { header: "PUBLISHER", value: (s) => s.publisher?.value ?? "", flex: true },
            { header: "TITLE", value: (s) => s.title?.value ?? s.summary.en, flex: true },
          ],
          { style: context.style, ...(context.width ? { width: context.width } : {}) },
        ),
      );
    return 0;
  },
};
