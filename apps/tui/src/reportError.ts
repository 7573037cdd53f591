import { UnknownEntityError } from "@korea-relations/core";
import { CliError } from "./CliError.js";
import { EXIT } from "./commands/Command.js";
import { DataFileError } from "./DataFileError.js";
import { BIN } from "./help.js";
import type { Io } from "./Io.js";
import { cleanLine, cleanText } from "./text/cleanText.js";
import { quoteArg } from "./text/quoteArg.js";
import { UsageError } from "./UsageError.js";

/** Core's "unknown name" error with the name quoted safely and the suggestions cleaned. */
function unknownMessage(error: UnknownEntityError): string {
  const suggestions = error.suggestions.map((s) => `"${cleanLine(s)}"`);
  return `Unknown ${error.type} ${quoteArg(error.ref)}${
    suggestions.length > 0 ? `: did you mean ${suggestions.join(", ")}?` : ""
  }`;
}

/**
 * Writes an error as one line on stderr, cleaned of anything a terminal would
 * act on, and returns the exit code: 1 for an unknown name (nothing found), 2
 * for usage errors and failures. An unexpected error is one line too; with
 * `debug` its stack trace follows.
 */
export function reportError(error: unknown, io: Pick<Io, "stderr">, debug: boolean): number {
  const line = (text: string) => io.stderr.write(`${BIN}: ${cleanLine(text)}\n`);
  if (error instanceof UsageError) {
    line(`${error.message} (see '${BIN} ${error.command ? `help ${error.command}` : "--help"}')`);
    return EXIT.error;
  }
  if (error instanceof UnknownEntityError) {
    line(unknownMessage(error));
    return EXIT.none;
  }
  if (error instanceof DataFileError) {
    // One line per problem of the dataset given with --data.
    for (const problem of error.problems) line(problem);
    return EXIT.error;
  }
  if (error instanceof CliError || error instanceof RangeError) {
    // RangeError: core's rejection of a value (a date, a role) the CLI let through.
    line(error.message);
    return EXIT.error;
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  line(`internal error: ${message}${debug ? "" : " (run again with --debug for its stack trace)"}`);
  if (debug && error instanceof Error && error.stack)
    io.stderr.write(`${cleanText(error.stack)}\n`);
  return EXIT.error;
}
