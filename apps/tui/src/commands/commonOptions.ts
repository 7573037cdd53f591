import { LABEL_LANGUAGES } from "@korea-relations/core";
import { COLOR_MODES } from "../format/createStyle.js";
import type { OptionDef, Options } from "./Command.js";

/** `--json`, for the commands that print records. */
export const JSON_OPTION: OptionDef = {
  type: "boolean",
  help: "machine-readable JSON (one document) instead of a table",
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
  debug: { type: "boolean", help: "on an unexpected error, show its stack trace" },
  help: { type: "boolean", short: "h", help: "this help" },
};
