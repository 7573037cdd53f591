import { bashCompletion } from "../completion/bashCompletion.js";
import { SHELLS } from "../completion/completionSpec.js";
import { fishCompletion } from "../completion/fishCompletion.js";
import { zshCompletion } from "../completion/zshCompletion.js";
import { UsageError } from "../UsageError.js";
import type { Command } from "./Command.js";
import { oneOf } from "./options.js";

const SCRIPTS = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion } as const;

/** `completion bash|zsh|fish`: a shell completion script on stdout. */
export const completion: Command = {
  name: "completion",
  summary: "A shell completion script for bash, zsh or fish",
  usage: "completion bash|zsh|fish",
  options: {},
  json: false,
  argumentChoices: SHELLS,
  examples: [
    "completion bash > ~/.local/share/bash-completion/completions/korea-relations",
    "completion zsh > ~/.zfunc/_korea-relations   # with fpath+=(~/.zfunc) before compinit",
    "completion fish > ~/.config/fish/completions/korea-relations.fish",
  ],
  run(context) {
    const [shell, extra] = context.positionals;
    if (shell === undefined) throw new UsageError("missing shell: bash, zsh or fish", "completion");
    if (extra !== undefined) throw new UsageError("give one shell", "completion");
    context.io.stdout.write(SCRIPTS[oneOf(shell, SHELLS, "shell", "completion")](context.commands));
    return 0;
  },
};
