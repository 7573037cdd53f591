import { RECORD_TYPES } from "@korea-relations/core";
import { describeLine } from "../format/describeLine.js";
import { renderTable } from "../format/renderTable.js";
import { type Command, printJson } from "./Command.js";
import { countOption, labelLanguage, listOption, oneOf, requiredText } from "./options.js";

/** `search <query>`: fuzzy search across every kind of record. */
export const search: Command = {
  name: "search",
  summary: "Search people, countries, organizations, events, agreements, quotes, topics",
  usage: "search <query> [--type <type>]... [--limit <n>] [--lang en|de]",
  options: {
    type: { type: "string", multiple: true },
    limit: { type: "string" },
    lang: { type: "string" },
  },
  optionHelp: [
    ["--type <type>", `only these record types (${RECORD_TYPES.join(", ")})`],
    ["--limit <n>", "at most n results (default 20)"],
    ["--lang en|de", "language of labels and context (default en)"],
  ],
  examples: [
    "search Südkorea",
    "search 'Kyung-wha Kang' --json | jq '.[0].id'",
    "search Dialog --type event --lang de",
  ],
  run(context) {
    const query = requiredText(context, "search query", "search");
    const types = listOption(context, "type").map((type) =>
      oneOf(type, RECORD_TYPES, "record type", "search"),
    );
    const relations = context.io.relations();
    const lang = labelLanguage(context, "search");
    const hits = relations
      .search(query, {
        ...(types.length > 0 ? { types } : {}),
        limit: countOption(context, "limit", 20, "search"),
        lang,
      })
      .hits.map((hit) => ({
        ...hit,
        detail: describeLine(relations.describe(hit.id, lang), lang),
      }));
    if (context.json) printJson(context, hits);
    else if (hits.length > 0) {
      context.io.stdout.write(
        renderTable<(typeof hits)[number]>(
          hits,
          [
            { header: "TYPE", value: (h) => h.type, style: (t) => context.style.accent(t) },
            { header: "LABEL", value: (h) => h.label, flex: true },
            { header: "ID", value: (h) => h.id, style: (t) => context.style.dim(t) },
            { header: "CONTEXT", value: (h) => h.detail, flex: true },
          ],
          { style: context.style, ...(context.width ? { width: context.width } : {}) },
        ),
      );
    }
    if (hits.length === 0) {
      context.io.stderr.write(`No results for "${query.slice(0, 80)}".\n`);
      return 1;
    }
    return 0;
  },
};
