import { CliError } from "../CliError.js";
import { cleanText } from "../text/cleanText.js";
import { quoteArg } from "../text/quoteArg.js";
import { writeFileAtomic } from "../writeFileAtomic.js";
import { type CommandContext, printNote } from "./Command.js";
import { stringOption } from "./options.js";

/** What a failed write means, in words, by Node's error code. */
const WRITE_ERRORS: Record<string, string> = {
  ENOENT: "its folder does not exist",
  ENOTDIR: "a part of its path is not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  ENAMETOOLONG: "the name is too long",
};

/** Writes `text` to `path` atomically, or a one-line `CliError` saying why it cannot. */
export function writeFile(path: string, text: string): void {
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new CliError(
      `cannot write ${quoteArg(path)}: ${WRITE_ERRORS[code] ?? (code || "unknown error")}`,
    );
  }
}

/**
 * Writes a command's text to `--out <file>` (atomically, then a note on
 * stderr) or to stdout (`--out -` or none). Text for a terminal that is not
 * JSON is cleaned of what a terminal would act on unless `--raw`.
 */
export function writeOutput(
  context: CommandContext,
  text: string,
  options: { readonly what: string; readonly escaped: boolean },
): void {
  const out = stringOption(context, "out");
  if (out !== undefined && out !== "-") {
    writeFile(out, text);
    printNote(context, `Wrote ${quoteArg(out)}: ${options.what}.`);
    return;
  }
  if (!options.escaped && context.io.stdout.isTTY && context.values.raw !== true) {
    const clean = cleanText(text);
    if (clean !== text)
      printNote(
        context,
        "Control characters in the data were removed for this terminal (--raw keeps them; --out writes a file).",
      );
    text = clean;
  }
  context.io.stdout.write(text);
}
