/**
 * The validator's schema and the published TypeScript types describe the same
 * records: a field added, removed or changed on one side fails this typecheck.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type * as S from "./schema";
import type * as Types from "./types";

/** Readonly-ness is a TypeScript nicety the schema does not express. */
type Plain<T> = T extends readonly (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Plain<T[K]> }
    : T;

type Same<Schema extends z.ZodType> = Plain<z.output<Schema>>;

describe("schema ↔ types", () => {
  it("every record type matches its schema", () => {
    expectTypeOf<Same<typeof S.Source>>().toEqualTypeOf<Plain<Types.Source>>();
    expectTypeOf<Same<typeof S.Country>>().toEqualTypeOf<Plain<Types.Country>>();
    expectTypeOf<Same<typeof S.Place>>().toEqualTypeOf<Plain<Types.Place>>();
    expectTypeOf<Same<typeof S.Organization>>().toEqualTypeOf<Plain<Types.Organization>>();
    expectTypeOf<Same<typeof S.Person>>().toEqualTypeOf<Plain<Types.Person>>();
    expectTypeOf<Same<typeof S.Office>>().toEqualTypeOf<Plain<Types.Office>>();
    expectTypeOf<Same<typeof S.Event>>().toEqualTypeOf<Plain<Types.Event>>();
    expectTypeOf<Same<typeof S.Agreement>>().toEqualTypeOf<Plain<Types.Agreement>>();
    expectTypeOf<Same<typeof S.Quote>>().toEqualTypeOf<Plain<Types.Quote>>();
    expectTypeOf<Same<typeof S.Topic>>().toEqualTypeOf<Plain<Types.Topic>>();
    expectTypeOf<Same<typeof S.DatasetRecord>>().toEqualTypeOf<Plain<Types.DatasetRecord>>();
  });
});
