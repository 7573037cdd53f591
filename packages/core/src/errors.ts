import { printable, quoted, RECORD_TYPES, type RecordType, typeName } from "@korea-relations/model";

/**
 * Thrown when a name or id names no record of the expected type. `suggestions`
 * holds the closest names (at most five), also listed in the message.
 *
 * ```ts
 * try { getPerson("Kang Kyung-hwa") } catch (error) {
 *   if (error instanceof UnknownEntityError) error.suggestions; // ["Kang Kyung-wha"]
 * }
 * ```
 */
export class UnknownEntityError extends Error {
  override readonly name = "UnknownEntityError";
  /** The record type that was looked for (`"record"` for any type). */
  readonly type: RecordType | "record";
  /** The name or id as given. */
  readonly ref: string;
  /** The closest names, best first, at most five. */
  readonly suggestions: readonly string[];

  constructor(type: RecordType | "record", ref: string, suggestions: readonly string[] = []) {
    if (type !== "record" && !(RECORD_TYPES as readonly unknown[]).includes(type)) {
      throw new TypeError(
        `UnknownEntityError(type) must be a record type or "record", got ${typeof type === "string" ? quoted(type) : typeName(type)}`,
      );
    }
    if (typeof ref !== "string") {
      throw new TypeError(`UnknownEntityError(ref) must be a string, got ${typeName(ref)}`);
    }
    if (!Array.isArray(suggestions) || suggestions.some((s) => typeof s !== "string")) {
      throw new TypeError("UnknownEntityError(suggestions) must be an array of strings");
    }
    super(
      `Unknown ${type} ${quoted(ref)}${
        suggestions.length > 0 ? `: did you mean ${suggestions.map(quoted).join(", ")}?` : ""
      }`,
    );
    this.type = type;
    this.ref = ref;
    this.suggestions = Object.freeze([...suggestions]);
  }
}

/** One problem of a dataset given to `createRelations`. */
export interface DatasetProblem {
  /** Index of the record in the array given. */
  readonly index: number;
  /** The record's id, where it has a readable one. */
  readonly id?: string;
  /** Path of the field at fault (`evidence[0].source`). */
  readonly field?: string;
  readonly message: string;
}

/** Problems listed in a `DatasetError`'s message; the rest are counted. */
export const LISTED_PROBLEMS = 20;

/**
 * Thrown by `createRelations` when the records given do not have the
 * published shape or their references do not hold. `problems` lists every
 * problem; the message lists the first 20, one per line, and counts the rest.
 *
 * ```ts
 * try { createRelations(records) } catch (error) {
 *   if (error instanceof DatasetError) for (const p of error.problems) console.log(p.id, p.field, p.message);
 * }
 * ```
 */
export class DatasetError extends Error {
  override readonly name = "DatasetError";
  readonly problems: readonly DatasetProblem[];

  constructor(problems: readonly DatasetProblem[]) {
    if (!Array.isArray(problems)) {
      throw new TypeError(`DatasetError(problems) must be an array, got ${typeName(problems)}`);
    }
    for (let index = 0; index < problems.length; index++) checkProblem(problems[index], index);
    const lines = problems.slice(0, LISTED_PROBLEMS).map(problemLine);
    const more = problems.length - lines.length;
    super(
      `Invalid dataset: ${problems.length} ${problems.length === 1 ? "problem" : "problems"}\n${lines.join("\n")}${more > 0 ? `\n…and ${more} more` : ""}`,
    );
    this.problems = Object.freeze(problems.map((problem) => Object.freeze({ ...problem })));
  }
}

/** Throws a `TypeError` unless `problem` has the shape of a `DatasetProblem`. */
function checkProblem(problem: unknown, index: number): void {
  const name = `DatasetError(problems)[${index}]`;
  if (typeof problem !== "object" || problem === null) {
    throw new TypeError(`${name} must be an object, got ${typeName(problem)}`);
  }
  const { index: at, id, field, message } = problem as Record<string, unknown>;
  if (typeof at !== "number") {
    throw new TypeError(`${name}.index must be a number, got ${typeName(at)}`);
  }
  if (typeof message !== "string") {
    throw new TypeError(`${name}.message must be a string, got ${typeName(message)}`);
  }
  for (const [key, value] of [
    ["id", id],
    ["field", field],
  ] as const) {
    if (value !== undefined && typeof value !== "string") {
      throw new TypeError(`${name}.${key} must be a string, got ${typeName(value)}`);
    }
  }
}

/** A field path or message as printed: control characters printable, at most 200 characters. */
const shown = (text: string) => printable(text.length > 200 ? `${text.slice(0, 199)}…` : text);

/** One problem as one line: `record 3 (2020-summit): evidence[0].source: unknown source "x"`. */
export function problemLine(problem: DatasetProblem): string {
  const where = `record ${problem.index}${problem.id === undefined ? "" : ` (${quoted(problem.id)})`}`;
  return `${where}${problem.field ? `: ${shown(problem.field)}` : ""}: ${shown(problem.message)}`;
}
