import {
  builtin,
  createRelations,
  type DatasetRecord,
  type Relations,
} from "@korea-relations/core";

/** Extra records of a test build (`vite build --mode injection`); `undefined` in a real build. */
declare const __TEST_RECORDS__: readonly DatasetRecord[] | undefined;

/** The query API the page shows: the built-in dataset (plus a test build's extra records). */
export const relations: Relations =
  typeof __TEST_RECORDS__ === "undefined"
    ? builtin()
    : createRelations([...builtin().dataset.records, ...__TEST_RECORDS__]);
