/** A mistake in the command line: exit code 2, with the command's usage. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** The subcommand whose usage to point to, if any. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}
