import type { Command } from "../commands/Command.js";
import { BIN } from "../help.js";
import { type CompletionOption, completionSpec } from "./completionSpec.js";

/** `text` inside single quotes, for fish. */
const quote = (text: string) => `'${text.replace(/[\\']/g, "\\$&")}'`;

function optionLine(option: CompletionOption, condition: string): string {
  return [
    `complete -c ${BIN}`,
    ...(condition ? ["-n", quote(condition)] : []),
    ...(option.short ? ["-s", option.short] : []),
    "-l",
    option.name,
    ...(option.choices ? ["-x", "-a", quote(option.choices.join(" "))] : []),
    ...(option.file ? ["-r", "-F"] : []),
    ...(option.takesValue && !option.choices && !option.file ? ["-x"] : []),
    "-d",
    quote(option.help),
  ].join(" ");
}

/** A fish completion script: `korea-relations completion fish | source`. */
export function fishCompletion(commands: readonly Command[]): string {
  const spec = completionSpec(commands);
  const names = spec.commands.map((c) => c.name).join(" ");
  const lines = [
    `# ${BIN} completion for fish. Load it with:`,
    `#   ${BIN} completion fish | source`,
    `# or save it as ~/.config/fish/completions/${BIN}.fish`,
    `complete -c ${BIN} -f`,
    ...spec.commands.map(
      (c) =>
        `complete -c ${BIN} -n ${quote(`not __fish_seen_subcommand_from ${names}`)} -a ${c.name} -d ${quote(c.summary)}`,
    ),
    ...spec.root.options.map((o) => optionLine(o, `not __fish_seen_subcommand_from ${names}`)),
  ];
  for (const scope of spec.commands) {
    const condition = `__fish_seen_subcommand_from ${scope.name}`;
    lines.push(...scope.options.map((o) => optionLine(o, condition)));
    if (scope.args.length > 0)
      lines.push(`complete -c ${BIN} -n ${quote(condition)} -a ${quote(scope.args.join(" "))}`);
  }
  return `${lines.join("\n")}\n`;
}
