import type { Barometer, BarometerPeriod } from "@korea-relations/core/brief";
import {
  barometerCsv,
  barometerMarkdown,
  briefJson,
  barometer as buildBarometer,
} from "@korea-relations/core/brief";
import { AXIS, divergingBar, divergingMax } from "../format/divergingBar.js";
import { renderTable } from "../format/renderTable.js";
import { escapeJsonText } from "../text/jsonText.js";
import { wrapText } from "../text/wrapText.js";
import { UsageError } from "../UsageError.js";
import { type Command, type CommandContext, exitFor } from "./Command.js";
import { OUT_OPTION, RAW_OPTION } from "./commonOptions.js";
import { countryArguments } from "./countryArguments.js";
import { dateOption, labelLanguage, oneOf, stringOption } from "./options.js";
import { writeOutput } from "./writeOutput.js";

const FORMATS = ["table", "md", "csv", "json"] as const;
const PERIODS = ["year", "month"] as const;

/** The barometer as a table with diverging bars (conflict ← │ → cooperation), then its caveat and formula. */
function barometerTable(context: CommandContext, b: Barometer): string {
  const max = divergingMax(b.periods.map((p) => p.party));
  const half = 12;
  const bar = (p: BarometerPeriod) =>
    divergingBar(p.party.conflict, p.party.cooperation, max, half);
  const about = b.periods.some((p) => p.about.total > 0);
  const table = renderTable<BarometerPeriod>(
    b.periods,
    [
      { header: b.by === "year" ? "YEAR" : "PERIOD", value: (p) => p.period },
      { header: "COOP", value: (p) => String(p.party.cooperation), align: "right" },
      { header: "CONFLICT", value: (p) => String(p.party.conflict), align: "right" },
      {
        header: "NET",
        value: (p) => (p.party.net > 0 ? `+${p.party.net}` : String(p.party.net)),
        align: "right",
      },
      // Two cells around the axis: conflict right-aligned up to it, cooperation after it.
      {
        header: `conflict${AXIS}`,
        value: (p) => `${bar(p).conflict.trimStart()}${AXIS}`,
        align: "right",
        style: (t) => context.style.accent(t),
      },
      {
        header: "cooperation",
        value: (p) => bar(p).cooperation.trimEnd(),
        style: (t) => context.style.accent(t),
      },
      ...(about
        ? [
            {
              header: "ABOUT ±",
              value: (p: BarometerPeriod) =>
                p.about.total ? `+${p.about.cooperation} −${p.about.conflict}` : "",
              align: "right" as const,
            },
          ]
        : []),
    ],
    { style: context.style, ...(context.width ? { width: context.width } : {}) },
  );
  const width = Math.min(context.width ?? 100, 100);
  const notes = [b.formula, b.caveat].map((text) => wrapText(text, width).join("\n"));
  return `${table}\n${notes.map((n) => context.style.dim(n)).join("\n\n")}\n`;
}

/** `barometer <country> [<country>]`: events by quad class per year or month. */
export const barometer: Command = {
  name: "barometer",
  summary: "Cooperation and conflict of a country or pair per year or month (quad classes)",
  usage:
    "barometer <country> [<country>] [--by year|month] [--from <date>] [--to <date>] [--format table|md|csv|json] [--json] [--out <file>|-]",
  options: {
    by: {
      type: "string",
      value: "year|month",
      help: "length of a period (default year)",
      choices: PERIODS,
    },
    from: { type: "string", value: "<date>", help: "only events on or after this partial date" },
    to: { type: "string", value: "<date>", help: "only events on or before this partial date" },
    format: {
      type: "string",
      value: "<format>",
      help: "table (default on a terminal), md, csv or json",
      choices: FORMATS,
    },
    json: { type: "boolean", help: "the same as --format json" },
    out: OUT_OPTION,
    raw: RAW_OPTION,
  },
  json: true,
  examples: [
    "barometer KR JP",
    "barometer KR --by month --from 2019 --to 2020",
    "barometer KR JP --format csv --out kr-jp.csv",
  ],
  run(context) {
    const countries = countryArguments(context, "barometer");
    const lang = labelLanguage(context, "barometer");
    const by = oneOf(stringOption(context, "by") ?? "year", PERIODS, "--by", "barometer");
    const formatValue = stringOption(context, "format");
    if (formatValue !== undefined && context.json && formatValue !== "json")
      throw new UsageError("give --json or --format, not both", "barometer");
    const format = context.json
      ? "json"
      : oneOf(formatValue ?? "table", FORMATS, "--format", "barometer");
    const from = dateOption(context, "from", "barometer");
    const to = dateOption(context, "to", "barometer");
    const b = buildBarometer(context.io.relations(), countries[0], countries[1], {
      by,
      lang,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
    const text =
      format === "json"
        ? `${escapeJsonText(briefJson(b))}\n`
        : format === "csv"
          ? barometerCsv(b)
          : format === "md"
            ? barometerMarkdown(b)
            : barometerTable(context, b);
    const events = b.total.party.total + b.total.about.total;
    writeOutput(context, text, {
      what: `${b.periods.length} periods, ${events} events`,
      escaped: format === "json",
    });
    return exitFor(events);
  },
};
