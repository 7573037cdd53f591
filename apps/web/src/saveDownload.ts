/**
 * Makes a list's download in the page and hands it to the browser as a file:
 * records as the published JSON and CSV tables (the same columns as the
 * dataset's own `<type>.csv`), search results ranked, tables of figures.
 * Loaded only when a download is asked for.
 */
import { DATASET_VERSION, type DatasetRecord } from "@korea-relations/core";
import { csvText, tables } from "@korea-relations/core/tables";
import type { Download, DownloadFormat, TableData } from "./downloadBar.js";
import type { ViewContext } from "./viewContext.js";

/** A file to save: its name, media type and content. */
export interface DownloadFile {
  readonly name: string;
  readonly type: string;
  readonly content: string;
}

const csv = (table: TableData) => csvText(table.columns, table.rows);

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The file name of a download: the dataset's name and the list's, in safe characters. */
export function fileName(ctx: ViewContext, name: string, format: DownloadFormat): string {
  const base = `${ctx.data.builtin ? "korea-relations" : ctx.data.name.replace(/\.[^.]*$/, "")}-${name}`;
  const safe = base
    .normalize("NFKD")
    .replace(/[^\w-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  return `${safe || "download"}.${format}`;
}

/**
 * Records as CSV: one published table per record type among them, one after
 * another; the built-in dataset's rows name its version, as the shipped tables do.
 */
function recordsCsv(records: readonly DatasetRecord[], builtin: boolean): string {
  const files = tables(records, builtin ? { version: DATASET_VERSION } : {});
  const types = [...new Set(records.map((r) => r.type))];
  return types.map((type) => files.get(`${type}.csv`) ?? "").join("\n");
}

/** A download's file, made from the page's dataset (and the search worker for results). */
export async function downloadFile(
  ctx: ViewContext,
  download: Download,
  format: DownloadFormat,
): Promise<DownloadFile> {
  const name = fileName(ctx, download.name, format);
  const type = format === "csv" ? "text/csv;charset=utf-8" : "application/json";
  switch (download.kind) {
    case "records": {
      const records = download.records();
      return {
        name,
        type,
        content: format === "csv" ? recordsCsv(records, ctx.data.builtin) : json(records),
      };
    }
    case "table": {
      const table = download.table();
      const rows = table.rows.map((row) =>
        Object.fromEntries(table.columns.map((column, i) => [column, row[i]])),
      );
      return { name, type, content: format === "csv" ? csv(table) : json(rows) };
    }
    case "search": {
      const found = await ctx.search.search(download.query, {
        lang: ctx.lang,
        limit: download.total,
      });
      const hits = found?.hits ?? [];
      if (format === "json") {
        return { name, type, content: json(hits.map((hit) => ctx.r.get(hit.id))) };
      }
      return {
        name,
        type,
        content: csv({
          columns: ["rank", "type", "id", "label", "matched_field", "matched_text"],
          rows: hits.map((hit, i) => [i + 1, hit.type, hit.id, hit.label, hit.field, hit.text]),
        }),
      };
    }
  }
}

/** Makes the download's file and saves it (nothing leaves the page: a local object URL). */
export async function saveDownload(
  ctx: ViewContext,
  download: Download,
  format: DownloadFormat,
): Promise<void> {
  const file = await downloadFile(ctx, download, format);
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
