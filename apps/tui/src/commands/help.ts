import { commandHelp, rootHelp } from "../help.js";
import { nearest } from "../text/nearest.js";
import { quoteArg } from "../text/quoteArg.js";
import { UsageError } from "../UsageError.js";
import { VERSION } from "../version.js";
import type { Command } from "./Command.js";

/** `help [<command>]`: the binary's help, or a command's. */
export const help: Command = {
  name: "help",
  summary: "Help for the binary or for one command",
  usage: "help [<command>]",
  options: {},
  json: false,
  examples: ["help", "help timeline"],
  run(context) {
    const [name, extra] = context.positionals;
    if (extra !== undefined) throw new UsageError(`unexpected argument ${quoteArg(extra)}`, "help");
    if (name === undefined) {
      context.io.stdout.write(rootHelp(context.commands, VERSION));
      return 0;
    }
    const command = context.commands.find((c) => c.name === name);
    if (!command) {
      const near = nearest(
        name,
        context.commands.map((c) => c.name),
      );
      throw new UsageError(
        `unknown command ${quoteArg(name)}${near ? `; did you mean "${near}"?` : ""}`,
        "help",
      );
    }
    context.io.stdout.write(commandHelp(command));
    return 0;
  },
};
