import { LABEL_LANGUAGES } from "@korea-relations/core";
import { COLOR_MODES } from "../format/createStyle.js";
import type { OptionDef, Options } from "./Command.js";

/** `--json`, for the commands that print records. */
export const JSON_OPTION: OptionDef = {
  type: "boolean",
  help: "machine-readable JSON (one document) instead of a table",
};

/** `--out <file>|-`, for the commands that write a document. */
export const OUT_OPTION: OptionDef = {
  type: "string",
  value: "<file>",
  help: "write to a file (atomically) instead of stdout; - is stdout",
};

/** `--raw`: text for a terminal as it is, for the commands that write a document. */
export const RAW_OPTION: OptionDef = {
  type: "boolean",
  help: "on a terminal, write as it is (control characters in the data included)",
};

/** Options every command (and the binary alone) takes. */
export const COMMON_OPTIONS: Options = {
  lang: {
    type: "string",
    value: "en|de",
    help: "language of labels: names, titles (default en)",
    choices: LABEL_LANGUAGES,
  },
  color: {
    type: "string",
    value: "auto|always|never",
    help: "colours: auto (a terminal, unless NO_COLOR; FORCE_COLOR forces), always, never",
    choices: COLOR_MODES,
  },
  "no-color": { type: "boolean", help: "the same as --color never" },
  data: {
    type: "string",
    value: "<file>",
    help: "your own dataset instead of the built-in one: a JSON array of records (like dataset.json) or NDJSON, checked first",
  },
  debug: { type: "boolean", help: "on an unexpected error, show its stack trace" },
  help: { type: "boolean", short: "h", help: "this help" },
};

/** Options of the binary alone (the UI): the common ones, a query to start with, the version. */
export const ROOT_OPTIONS: Options = {
  ...COMMON_OPTIONS,
  query: {
    type: "string",
    short: "q",
    value: "<text>",
    help: "open the UI with this in the search box (also: korea-relations <words>)",
  },
  version: { type: "boolean", short: "V", help: "the version" },
};
