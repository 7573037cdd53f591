import type { Command } from "../commands/Command.js";
import { BIN } from "../help.js";
import { type CompletionOption, type CompletionScope, completionSpec } from "./completionSpec.js";

/** `text` inside single quotes, for zsh. */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** A description inside an `_arguments` spec: brackets and colons escaped. */
const describe = (text: string) => text.replace(/([[\]:\\])/g, "\\$1");

function optionSpecs(option: CompletionOption, multiple: boolean): string[] {
  const action = option.choices
    ? `:${option.name}:(${option.choices.join(" ")})`
    : option.file
      ? `:file:_files`
      : option.takesValue
        ? `:${option.name}: `
        : "";
  const help = `[${describe(option.help)}]`;
  return [
    quote(`${multiple ? "*" : ""}--${option.name}${option.takesValue ? "=" : ""}${help}${action}`),
    ...(option.short ? [quote(`-${option.short}${help}${action}`)] : []),
  ];
}

function scopeSpecs(scope: CompletionScope, commands: readonly Command[]): string[] {
  const command = commands.find((c) => c.name === scope.name);
  return scope.options.flatMap((o) => optionSpecs(o, command?.options[o.name]?.multiple === true));
}

/**
 * A zsh completion script: `source <(korea-relations completion zsh)` after
 * `compinit`, or saved as `_korea-relations` in a folder of `$fpath`.
 */
export function zshCompletion(commands: readonly Command[]): string {
  const spec = completionSpec(commands);
  const args = (scope: CompletionScope) =>
    scope.args.length > 0 ? quote(`1:argument:(${scope.args.join(" ")})`) : quote("*:argument: ");
  return `#compdef ${BIN}
# ${BIN} completion for zsh. Load it with (after compinit):
#   source <(${BIN} completion zsh)
# or save it as _${BIN} in a folder of $fpath.
_korea_relations() {
  local curcontext="$curcontext" state line ret=1
  typeset -A opt_args
  _arguments -C \\
    ${scopeSpecs(spec.root, commands).join(" \\\n    ")} \\
    '1: :->command' \\
    '*:: :->args' && ret=0
  case $state in
    command)
      local -a subcommands
      subcommands=(
${spec.commands.map((c) => `        ${quote(`${c.name}:${c.summary.replace(/:/g, "\\:")}`)}`).join("\n")}
      )
      _describe -t commands command subcommands && ret=0 ;;
    args)
      curcontext="\${curcontext%:*:*}:${BIN}-$line[1]:"
      case $line[1] in
${spec.commands
  .map(
    (s) =>
      `        ${s.name})\n          _arguments \\\n            ${[...scopeSpecs(s, commands), args(s)].join(" \\\n            ")} && ret=0 ;;`,
  )
  .join("\n")}
      esac ;;
  esac
  return ret
}
if [[ "$funcstack[1]" == "_${BIN}" ]]; then
  _korea_relations "$@"
else
  compdef _korea_relations ${BIN}
fi
`;
}
