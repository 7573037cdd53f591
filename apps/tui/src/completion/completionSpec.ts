import type { Command, Options } from "../commands/Command.js";
import { COMMON_OPTIONS, ROOT_OPTIONS } from "../commands/commonOptions.js";

/** An option as completions offer it. */
export interface CompletionOption {
  /** Without dashes. */
  readonly name: string;
  readonly short?: string;
  readonly help: string;
  readonly takesValue: boolean;
  /** Its values, when they are a closed list. */
  readonly choices?: readonly string[];
  /** Its value is a file name. */
  readonly file: boolean;
}

/** What a shell can complete after the binary or after one command. */
export interface CompletionScope {
  /** The command (empty for the binary alone). */
  readonly name: string;
  readonly summary: string;
  readonly options: readonly CompletionOption[];
  /** Values of the first argument, when they are a closed list. */
  readonly args: readonly string[];
}

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

function optionList(options: Options): CompletionOption[] {
  return Object.entries(options).map(([name, def]) => ({
    name,
    ...(def.short ? { short: def.short } : {}),
    help: def.help,
    takesValue: def.type === "string",
    ...(def.choices ? { choices: def.choices } : {}),
    file: def.value === "<file>",
  }));
}

/** The binary alone, then each command, with the options and arguments each takes. */
export function completionSpec(commands: readonly Command[]): {
  readonly root: CompletionScope;
  readonly commands: readonly CompletionScope[];
} {
  return {
    root: {
      name: "",
      summary: "",
      options: optionList(ROOT_OPTIONS),
      args: commands.map((c) => c.name),
    },
    commands: commands.map((command) => ({
      name: command.name,
      summary: command.summary,
      options: optionList({ ...command.options, ...COMMON_OPTIONS }),
      args:
        command.name === "help"
          ? commands.map((c) => c.name)
          : command.name === "completion"
            ? SHELLS
            : (command.argumentChoices ?? []),
    })),
  };
}

/** Every option that takes a value, in any scope (to skip values when finding the command). */
export function valueOptions(spec: ReturnType<typeof completionSpec>): string[] {
  const names = new Set<string>();
  for (const scope of [spec.root, ...spec.commands])
    for (const option of scope.options) if (option.takesValue) names.add(option.name);
  return [...names].sort();
}
