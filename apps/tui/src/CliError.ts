/**
 * A failure that is not the command line's fault (a file that cannot be
 * written): exit code 2, a one-line message, no usage pointer.
 */
export class CliError extends Error {
  override readonly name = "CliError";
}
