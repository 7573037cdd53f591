/** A mistake in the command line: exit code 2, with a pointer to the command's help. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** The subcommand whose help to point to, if any. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}
