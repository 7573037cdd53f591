import type { Command } from "../commands/Command.js";
import { BIN } from "../help.js";
import { type CompletionScope, completionSpec, valueOptions } from "./completionSpec.js";

const words = (list: readonly string[]) => list.join(" ");

/** The `case` arms completing the value of each option of one scope. */
function valueArms(scope: CompletionScope): string[] {
  return scope.options
    .filter((o) => o.takesValue)
    .map((o) => {
      const reply = o.choices
        ? `COMPREPLY=($(compgen -W "${words(o.choices)}" -- "$cur"))`
        : o.file
          ? `COMPREPLY=($(compgen -f -- "$cur"))`
          : "COMPREPLY=()";
      return `      "${scope.name}:--${o.name}") ${reply}; return ;;`;
    });
}

function optionWords(scope: CompletionScope): string {
  return words(scope.options.flatMap((o) => [`--${o.name}`, ...(o.short ? [`-${o.short}`] : [])]));
}

/**
 * A bash completion script (`source <(korea-relations completion bash)`):
 * commands, each command's options, and the values of options with a closed
 * list (`--type`, `--kind`, `--lang`, `--color`…) or a file (`--out`).
 */
export function bashCompletion(commands: readonly Command[]): string {
  const spec = completionSpec(commands);
  const scopes = [spec.root, ...spec.commands];
  return `# ${BIN} completion for bash. Load it with:
#   source <(${BIN} completion bash)
# or save it as ~/.local/share/bash-completion/completions/${BIN}
_korea_relations() {
  local cur prev cmd i word
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # --option=value: bash splits the word at "=" (COMP_WORDBREAKS)
  if [[ "$cur" == "=" ]]; then
    cur=""
  elif [[ "$prev" == "=" && $COMP_CWORD -ge 2 ]]; then
    prev="\${COMP_WORDS[COMP_CWORD-2]}"
  fi
  # The command: the first word that is neither an option nor an option's value.
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    case "$word" in
      ${valueOptions(spec)
        .map((name) => `--${name}`)
        .join("|")})
        [[ "\${COMP_WORDS[i+1]}" == "=" ]] && ((i++))
        ((i++)) ;;
      -*) ;;
      *) cmd="$word"; break ;;
    esac
  done
  case "$prev" in
    --*)
      case "$cmd:$prev" in
${scopes.flatMap(valueArms).join("\n")}
      esac ;;
  esac
  if [[ "$cur" == -* ]]; then
    case "$cmd" in
${scopes.map((s) => `      "${s.name}") COMPREPLY=($(compgen -W "${optionWords(s)}" -- "$cur")) ;;`).join("\n")}
    esac
    return
  fi
  case "$cmd" in
${scopes
  .filter((s) => s.args.length > 0)
  .map((s) => `    "${s.name}") COMPREPLY=($(compgen -W "${words(s.args)}" -- "$cur")) ;;`)
  .join("\n")}
    *) COMPREPLY=() ;;
  esac
}
complete -F _korea_relations ${BIN}
`;
}
