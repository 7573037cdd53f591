/** One problem found in `data/`, printed as one line. */
export interface Problem {
  readonly file: string;
  readonly id?: string;
  readonly field?: string;
  readonly message: string;
}

/**
 * Control characters (C0, DEL, C1), line and paragraph separators and the
 * bidirectional overrides and isolates: what could break a line or restyle a
 * terminal when a file name or value from `data/` is printed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find control characters
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control, separator and bidi character written as `\u{…}`. */
export function escapeControls(text: string): string {
  return text.replace(
    UNSAFE,
    (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}}`,
  );
}

/** `file: id: field: message`, leaving out the parts a problem lacks; always one safe line. */
export function formatProblem(problem: Problem): string {
  return escapeControls(
    [problem.file, problem.id, problem.field, problem.message]
      .filter((part) => part !== undefined && part !== "")
      .join(": "),
  );
}

/**
 * The lines of `problems`, each once, in the order first found: two checks
 * that find the same fault (a name with two lookup keys, say) print it once.
 */
export function problemLines(problems: Iterable<Problem>): string[] {
  return [...new Set([...problems].map(formatProblem))];
}
