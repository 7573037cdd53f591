import { RECORD_TYPES, type RecordType } from "@korea-relations/core";
import { UsageError } from "../UsageError.js";
import { writeFileAtomic } from "../writeFileAtomic.js";
import type { Command } from "./Command.js";
import { oneOf, stringOption } from "./options.js";

const FORMATS = ["json", "csv", "ndjson"] as const;

const PLURALS: Record<string, RecordType> = {
  sources: "source",
  countries: "country",
  places: "place",
  organizations: "organization",
  people: "person",
  persons: "person",
  offices: "office",
  events: "event",
  agreements: "agreement",
  quotes: "quote",
  topics: "topic",
};

/** A record type from `--kind`, singular or plural (`events`, `people`). */
export function recordKind(value: string): RecordType {
  const type = PLURALS[value] ?? value;
  return oneOf(type, RECORD_TYPES, "kind", "export");
}

/**
 * `export`: the tables the core package ships, as they ship: `dataset.json`,
 * and per type `<type>.csv` and `<type>.ndjson`.
 */
export const exportCommand: Command = {
  name: "export",
  summary: "Export records as JSON, CSV or NDJSON (to stdout or a file)",
  usage: "export --format json|csv|ndjson [--kind <type>] [--out <file>]",
  options: {
    format: { type: "string" },
    kind: { type: "string" },
    out: { type: "string" },
  },
  optionHelp: [
    ["--format <f>", "json (every record, or one type's), csv (one type), ndjson"],
    ["--kind <type>", `one record type, singular or plural (${RECORD_TYPES.join(", ")})`],
    ["--out <file>", "write to a file (atomically) instead of stdout"],
  ],
  examples: [
    "export --format csv --kind events --out events.csv",
    "export --format ndjson --kind quotes | jq -c .text",
    "export --format json > dataset.json",
  ],
  run(context) {
    if (context.positionals.length > 0)
      throw new UsageError(`unexpected argument "${context.positionals[0]}"`, "export");
    const formatValue = stringOption(context, "format");
    if (formatValue === undefined)
      throw new UsageError("missing --format json|csv|ndjson", "export");
    const format = oneOf(formatValue, FORMATS, "format", "export");
    const kindValue = stringOption(context, "kind");
    const kind = kindValue === undefined ? undefined : recordKind(kindValue);
    const read = context.io.readDataFile;
    let text: string;
    if (format === "json") {
      const all = read("dataset.json");
      text =
        kind === undefined
          ? all
          : `${JSON.stringify(
              (JSON.parse(all) as { type: string }[]).filter((r) => r.type === kind),
              null,
              2,
            )}\n`;
    } else if (format === "csv") {
      if (kind === undefined)
        throw new UsageError("csv needs --kind (one table per type)", "export");
      text = read(`${kind}.csv`);
    } else {
      text = (kind === undefined ? RECORD_TYPES : [kind])
        .map((type) => read(`${type}.ndjson`))
        .map((part) => (part === "" || part.endsWith("\n") ? part : `${part}\n`))
        .join("");
    }
    const out = stringOption(context, "out");
    if (out === undefined) context.io.stdout.write(text);
    else {
      writeFileAtomic(out, text);
      context.io.stderr.write(`Wrote ${out}\n`);
    }
    return 0;
  },
};
