/**
 * Turns the names and ids callers pass into records, with one rule for every
 * function: a non-string is a `TypeError` naming the argument; an unknown name
 * an `UnknownEntityError` with the nearest names as suggestions.
 */
import { type IdMap, type RecordOf, type RecordType, typeName } from "@korea-relations/model";
import { optionalArray } from "./arguments.js";
import { UnknownEntityError } from "./errors.js";
import type { NameIndex } from "./NameIndex.js";

export class Lookup<I extends IdMap = IdMap> {
  readonly #names: NameIndex<I>;

  constructor(names: NameIndex<I>) {
    this.#names = names;
  }

  /** The error for a name that names no record of `type`. */
  unknown(type: RecordType | "record", ref: string): UnknownEntityError {
    return new UnknownEntityError(
      type,
      ref,
      this.#names.suggestions(ref, type === "record" ? undefined : type),
    );
  }

  /** The record of `type` that `value` names; `name` is the argument's name for errors. */
  one<T extends RecordType>(type: T, value: unknown, name: string): RecordOf<T, I> {
    if (typeof value !== "string") {
      throw new TypeError(`${name} must be a name or id (a string), got ${typeName(value)}`);
    }
    const record = this.#names.find(type, value);
    if (!record) throw this.unknown(type, value);
    return record;
  }

  /** The id of the record of `type` that `value` names, or undefined for `undefined`. */
  optionalId<T extends RecordType>(type: T, value: unknown, name: string): string | undefined {
    return value === undefined ? undefined : this.one(type, value, name).id;
  }

  /** The ids an optional array of names names (duplicates dropped). */
  ids<T extends RecordType>(type: T, value: unknown, name: string): string[] | undefined {
    const list = optionalArray(value, name);
    if (!list) return undefined;
    return [...new Set(list.map((item, index) => this.one(type, item, `${name}[${index}]`).id))];
  }
}
