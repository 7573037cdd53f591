/** Problems listed one per line; the rest are counted. */
export const LISTED_DATA_PROBLEMS = 50;

/**
 * A dataset given with `--data` that cannot be used: the file cannot be
 * read, is not JSON or NDJSON, or its records do not hold (core's
 * `createRelations` check). One line per problem, naming the file, the
 * record (line or position, id) and the field; exit code 2.
 */
export class DataFileError extends Error {
  override readonly name = "DataFileError";
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems[0] ?? "invalid dataset");
    this.problems = problems;
  }
}
