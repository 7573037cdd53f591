import { labelText } from "../details/labelText.js";
import { barText } from "../format/barText.js";
import { renderTable } from "../format/renderTable.js";
import { UsageError } from "../UsageError.js";
import { type Command, exitFor, printJson, printNote } from "./Command.js";
import { JSON_OPTION } from "./commonOptions.js";
import { labelLanguage } from "./options.js";

/** `partners <country>`: countries sharing events with it, most first, as a bar chart. */
export const partners: Command = {
  name: "partners",
  summary: "Countries sharing events with a country, most first (a bar chart)",
  usage: "partners <country> [--lang en|de]",
  options: { json: JSON_OPTION },
  json: true,
  examples: ["partners KR", "partners Südkorea --json | jq '.[0]'"],
  run(context) {
    if (context.positionals.length !== 1)
      throw new UsageError("give exactly one country", "partners");
    const relations = context.io.relations();
    const lang = labelLanguage(context, "partners");
    const country = relations.getCountry(context.positionals[0] as string);
    const list = relations
      .partners(country.id)
      .map((p) => ({ ...p, name: labelText(relations, p.country, lang) }));
    if (context.json) printJson(context, list);
    else if (list.length === 0)
      printNote(context, `${labelText(relations, country.id, lang)} shares no events.`);
    else {
      const max = list[0]?.events ?? 0;
      context.io.stdout.write(
        renderTable(
          list,
          [
            { header: "CODE", value: (p) => p.country },
            { header: "COUNTRY", value: (p) => p.name, flex: true, giveWay: 2 },
            { header: "EVENTS", value: (p) => String(p.events), align: "right" },
            { header: "FIRST", value: (p) => p.first },
            { header: "LAST", value: (p) => p.last },
            {
              header: "",
              value: (p) => barText(p.events, max, 20),
              style: (t) => context.style.accent(t),
            },
          ],
          { style: context.style, ...(context.width ? { width: context.width } : {}) },
        ),
      );
    }
    return exitFor(list.length);
  },
};
