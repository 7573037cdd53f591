/**
 * Core's module imported a second time, by another name, so that the bundler
 * puts a copy of the code that checks a dataset (`createRelations` with its
 * schema) into the chunk of the view that opens the reader's file, rather
 * than into every page's main bundle. (The main bundle keeps only the
 * built-in dataset's unchecked path.) Its types are core's.
 */
declare module "@korea-relations/core?checked" {
  export * from "@korea-relations/core";
}
