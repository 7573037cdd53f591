/** One problem found in `data/`, printed as one line. */
export interface Problem {
  readonly file: string;
  readonly id?: string;
  readonly field?: string;
  readonly message: string;
}

/** `file: id: field: message`, leaving out the parts a problem lacks. */
export function formatProblem(problem: Problem): string {
  return [problem.file, problem.id, problem.field, problem.message]
    .filter((part) => part !== undefined && part !== "")
    .join(": ");
}
