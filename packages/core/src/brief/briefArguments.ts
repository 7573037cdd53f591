/**
 * Checks the arguments of `brief` and `barometer`: the query API, one or two
 * countries (by code or any name), and the options. `b` may be left out, with
 * the options in its place: `brief(relations, "KR", { lang: "de" })`.
 */
import { type IdMap, LABEL_LANGUAGES, type LabelLanguage, typeName } from "@korea-relations/model";
import { member, optionsObject } from "../arguments.js";
import { dateWindow } from "../dateWindow.js";
import type { Relations } from "../Relations.js";

export interface BriefArguments<I extends IdMap = IdMap> {
  readonly relations: Relations<I>;
  /** One country, or two different ones. */
  readonly countries: readonly I["country"][];
  readonly from?: string;
  readonly to?: string;
  /** First day of the window (days since 1970-01-01), or -Infinity. */
  readonly windowStart: number;
  readonly lang: LabelLanguage;
  readonly by: "year" | "month";
}

const BY = ["year", "month"] as const;

export function briefArguments<I extends IdMap>(
  relations: unknown,
  a: unknown,
  b: unknown,
  options: unknown,
  name: string,
  keys: readonly string[],
): BriefArguments<I> {
  if (
    typeof relations !== "object" ||
    relations === null ||
    typeof (relations as { timeline?: unknown }).timeline !== "function" ||
    typeof (relations as { getCountry?: unknown }).getCountry !== "function"
  ) {
    throw new TypeError(
      `${name}(relations) must be the query API of a dataset (builtin() or createRelations(records)), got ${typeName(relations)}`,
    );
  }
  const api = relations as Relations<I>;
  let second = b;
  let rest = options;
  if (typeof b === "object" && b !== null && options === undefined) {
    second = undefined;
    rest = b;
  }
  const country = (value: unknown, arg: string) => {
    if (typeof value !== "string") {
      throw new TypeError(`${name}(${arg}) must be a country code or name, got ${typeName(value)}`);
    }
    return api.getCountry(value).id;
  };
  const first = country(a, "a");
  const other = second === undefined ? undefined : country(second, "b");
  const o = optionsObject(rest, `${name}(options)`, keys);
  const window = dateWindow(o.from, o.to, `${name}(options)`);
  return {
    relations: api,
    countries: other === undefined || other === first ? [first] : [first, other],
    ...(o.from === undefined ? {} : { from: o.from as string }),
    ...(o.to === undefined ? {} : { to: o.to as string }),
    windowStart: window?.start ?? Number.NEGATIVE_INFINITY,
    lang: o.lang === undefined ? "en" : member(o.lang, LABEL_LANGUAGES, `${name}(options).lang`),
    by: o.by === undefined ? "year" : member(o.by, BY, `${name}(options).by`),
  };
}
