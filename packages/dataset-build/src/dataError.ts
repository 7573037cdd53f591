import { formatProblem, type Problem } from "./problem.js";

/**
 * A problem in `data/` found while building derived text (a bad pattern or
 * page region): its message is the problem's one line, `file: field: what`.
 */
export class DataError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(formatProblem(problem));
    this.name = "DataError";
    this.problem = problem;
  }
}
