import { RECORD_TYPES } from "@korea-relations/core";
import { cleanText } from "../text/cleanText.js";
import { escapeJsonText, jsonText } from "../text/jsonText.js";
import { quoteArg } from "../text/quoteArg.js";
import { UsageError } from "../UsageError.js";
import { type Command, exitFor, printNote } from "./Command.js";
import { OUT_OPTION } from "./commonOptions.js";
import { countCsvRecords } from "./countCsvRecords.js";
import { noArguments, oneOf, RECORD_TYPE_NAMES, recordType, stringOption } from "./options.js";
import { writeFile } from "./writeOutput.js";

const FORMATS = ["json", "csv", "ndjson"] as const;

/**
 * `export`: the tables the core package ships, as they ship: `dataset.json`,
 * and per type `<type>.csv` and `<type>.ndjson` (the same columns; NDJSON
 * without `--type` is every record table's rows one after another, each row
 * led by its table's key, `<type>_id`). JSON and NDJSON have every
 * character a terminal would act on escaped (`\u009b`, `\u202e`: the same
 * JSON); CSV is written as it is, but cleaned on a terminal unless `--raw`.
 */
export const exportCommand: Command = {
  name: "export",
  summary: "Export records as JSON, CSV or NDJSON (to stdout or a file)",
  usage: "export --format json|csv|ndjson [--type <type>] [--out <file>|-] [--raw]",
  options: {
    format: {
      type: "string",
      value: "<format>",
      help: "json (every record, or one type's), csv (one type), ndjson",
      choices: FORMATS,
    },
    type: {
      type: "string",
      value: "<type>",
      help: `one record type, singular or plural (${RECORD_TYPES.join(", ")})`,
      choices: RECORD_TYPE_NAMES,
    },
    out: OUT_OPTION,
    raw: {
      type: "boolean",
      help: "on a terminal, write CSV as it is (control characters in the data included)",
    },
  },
  json: false,
  renamed: { kind: "type" },
  examples: [
    "export --format csv --type events --out events.csv",
    "export --format ndjson --type quotes | jq -c .text",
    "export --format json > dataset.json",
  ],
  run(context) {
    noArguments(context, "export");
    const formatValue = stringOption(context, "format");
    if (formatValue === undefined)
      throw new UsageError("missing --format json|csv|ndjson", "export");
    const format = oneOf(formatValue, FORMATS, "--format", "export");
    const typeValue = stringOption(context, "type");
    const type = typeValue === undefined ? undefined : recordType(typeValue, "export");
    const read = context.io.readDataFile;
    let text: string;
    let count: number;
    if (format === "json") {
      const all = read("dataset.json");
      const records = JSON.parse(all) as { type: string }[];
      const chosen = type === undefined ? records : records.filter((r) => r.type === type);
      text = type === undefined ? escapeJsonText(all) : `${jsonText(chosen)}\n`;
      count = chosen.length;
    } else if (format === "csv") {
      if (type === undefined)
        throw new UsageError("csv needs --type (one table per record type)", "export");
      text = read(`${type}.csv`);
      count = countCsvRecords(text);
    } else {
      text = escapeJsonText(
        (type === undefined ? RECORD_TYPES : [type])
          .map((t) => read(`${t}.ndjson`))
          .map((part) => (part === "" || part.endsWith("\n") ? part : `${part}\n`))
          .join(""),
      );
      count = text.split("\n").filter((line) => line.trim() !== "").length;
    }
    const out = stringOption(context, "out");
    if (out === undefined || out === "-") {
      if (format === "csv" && context.io.stdout.isTTY && context.values.raw !== true) {
        const clean = cleanText(text);
        if (clean !== text)
          printNote(
            context,
            "Control characters in the data were removed for this terminal (--raw keeps them; --out writes a file).",
          );
        text = clean;
      }
      context.io.stdout.write(text);
    } else {
      writeFile(out, text);
      printNote(context, `Wrote ${quoteArg(out)}: ${count} ${count === 1 ? "record" : "records"}.`);
    }
    return exitFor(count);
  },
};
