/**
 * `@korea-relations/core/tables`: the dataset as flat tables with typed
 * columns — one per record type, and long tables for what a record holds
 * several of — serialised to CSV and NDJSON. The package's own
 * `data/<table>.csv` and `.ndjson` are these tables of the built-in records;
 * `tables(records)` makes the same files from yours. Kept out of the main
 * entry so that the main bundle does not grow.
 */
export {
  type ColumnType,
  type CsvCell,
  type CsvOptions,
  csvText,
  TABLE_NAMES,
  type TableDoc,
  type TableName,
  type TablesOptions,
  tableColumns,
  tableDocs,
  tables,
  VERSION_COLUMN,
} from "@korea-relations/model";
