import {
  briefHtml,
  briefJson,
  briefMarkdown,
  brief as buildBrief,
} from "@korea-relations/core/brief";
import { escapeJsonText } from "../text/jsonText.js";
import { type Command, exitFor } from "./Command.js";
import { OUT_OPTION, RAW_OPTION } from "./commonOptions.js";
import { countryArguments } from "./countryArguments.js";
import { dateOption, labelLanguage, oneOf, stringOption } from "./options.js";
import { writeOutput } from "./writeOutput.js";

const FORMATS = ["md", "html", "json"] as const;

/** `brief <country> [<country>]`: core's cited brief of a country or a pair, as Markdown, HTML or JSON. */
export const brief: Command = {
  name: "brief",
  summary: "A cited brief of a country or a pair (Markdown, HTML or JSON), every line footnoted",
  usage:
    "brief <country> [<country>] [--from <date>] [--to <date>] [--format md|html|json] [--out <file>|-]",
  options: {
    from: {
      type: "string",
      value: "<date>",
      help: "only what happened on or after this partial date",
    },
    to: {
      type: "string",
      value: "<date>",
      help: "only what happened on or before this partial date",
    },
    format: {
      type: "string",
      value: "<format>",
      help: "md (default), html (self-contained, print-ready) or json",
      choices: FORMATS,
    },
    json: { type: "boolean", help: "the same as --format json" },
    out: OUT_OPTION,
    raw: RAW_OPTION,
  },
  json: true,
  examples: [
    "brief KR JP",
    "brief KR JP --from 2020 --lang de --format html --out kr-jp.html",
    "brief Südkorea --json | jq '.footnotes | length'",
  ],
  run(context) {
    const countries = countryArguments(context, "brief");
    const lang = labelLanguage(context, "brief");
    const formatValue = stringOption(context, "format");
    const format = context.json ? "json" : oneOf(formatValue ?? "md", FORMATS, "--format", "brief");
    const from = dateOption(context, "from", "brief");
    const to = dateOption(context, "to", "brief");
    const b = buildBrief(context.io.relations(), countries[0], countries[1], {
      lang,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
    const text =
      format === "json"
        ? `${escapeJsonText(briefJson(b))}\n`
        : format === "html"
          ? briefHtml(b)
          : briefMarkdown(b);
    writeOutput(context, text, {
      what: `a brief of ${b.basis.events.length} events, ${b.footnotes.length} footnotes`,
      escaped: format === "json",
    });
    return exitFor(b.basis.events.length);
  },
};
