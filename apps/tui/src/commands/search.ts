import { RECORD_TYPES } from "@korea-relations/core";
import { describeLine } from "../format/describeLine.js";
import { renderTable } from "../format/renderTable.js";
import { quoteArg } from "../text/quoteArg.js";
import { type Command, exitFor, printJson, printNote } from "./Command.js";
import { JSON_OPTION } from "./commonOptions.js";
import {
  countOption,
  labelLanguage,
  listOption,
  RECORD_TYPE_NAMES,
  recordType,
  requiredText,
} from "./options.js";

/** `search <query>`: fuzzy search across every kind of record. */
export const search: Command = {
  name: "search",
  summary: "Search people, countries, organizations, events, agreements, quotes, topics",
  usage: "search <query> [--type <type>]... [--limit <n>] [--lang en|de]",
  options: {
    type: {
      type: "string",
      multiple: true,
      value: "<type>",
      help: `only these record types, singular or plural (${RECORD_TYPES.join(", ")})`,
      choices: RECORD_TYPE_NAMES,
    },
    limit: { type: "string", value: "<n>", help: "at most n results (default 20)" },
    json: JSON_OPTION,
  },
  json: true,
  examples: [
    "search Südkorea",
    "search 'Kyung-wha Kang' --json | jq '.[0].id'",
    "search Dialog --type events --lang de",
  ],
  run(context) {
    const query = requiredText(context, "search query", "search");
    const types = listOption(context, "type").map((type) => recordType(type, "search"));
    const relations = context.io.relations();
    const lang = labelLanguage(context, "search");
    const hits = relations
      .search(query, {
        ...(types.length > 0 ? { types: [...new Set(types)] } : {}),
        limit: countOption(context, "limit", 20, "search"),
        lang,
      })
      .hits.map((hit) => ({
        ...hit,
        detail: describeLine(relations.describe(hit.id, lang), lang),
      }));
    if (context.json) printJson(context, hits);
    else if (hits.length === 0) printNote(context, `No results for ${quoteArg(query)}.`);
    else
      context.io.stdout.write(
        renderTable<(typeof hits)[number]>(
          hits,
          [
            { header: "TYPE", value: (h) => h.type, style: (t) => context.style.accent(t) },
            { header: "LABEL", value: (h) => h.label, flex: true, giveWay: 2, min: 24 },
            { header: "ID", value: (h) => h.id, style: (t) => context.style.dim(t), id: true },
            { header: "CONTEXT", value: (h) => h.detail, flex: true, min: 16 },
          ],
          { style: context.style, ...(context.width ? { width: context.width } : {}) },
        ),
      );
    return exitFor(hits.length);
  },
};
