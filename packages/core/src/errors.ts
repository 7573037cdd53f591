import type { RecordType } from "./types.js";

/**
 * Thrown when a name or id names no record of the expected type. `suggestions`
 * holds the closest names (at most five), also listed in the message.
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
    const shown = ref.length > 80 ? `${ref.slice(0, 77)}…` : ref;
    super(
      `Unknown ${type} "${shown}"${
        suggestions.length > 0
          ? `: did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?`
          : ""
      }`,
    );
    this.type = type;
    this.ref = ref;
    this.suggestions = suggestions;
  }
}
