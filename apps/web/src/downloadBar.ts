import type { DatasetRecord } from "@korea-relations/core";
import { h } from "./h.js";
import type { ViewContext } from "./viewContext.js";

/** A table to download: column names and rows of plain values. */
export interface TableData {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | undefined)[])[];
}

/** What a list offers for download, as it is filtered on the page. */
export type Download = { readonly name: string; readonly label: string } & (
  | {
      /** Records of the dataset: JSON in the published shape, CSV as the published tables. */
      readonly kind: "records";
      readonly records: () => readonly DatasetRecord[];
    }
  | {
      /** Every result of a search, in rank order. */
      readonly kind: "search";
      readonly query: string;
      readonly total: number;
    }
  | {
      /** A table of figures (the network's). */
      readonly kind: "table";
      readonly table: () => TableData;
    }
);

/** The formats every list can be downloaded in. */
export type DownloadFormat = "csv" | "json";

/**
 * "Download: CSV · JSON" for a list, as filtered. The files are made in the
 * page when asked for (the code for them loads then) and never leave it.
 */
export function downloadBar(ctx: ViewContext, download: Download): HTMLElement {
  const status = h("span", { class: "sr", role: "status" });
  const button = (format: DownloadFormat) =>
    h(
      "button",
      {
        type: "button",
        class: "download",
        "data-format": format,
        "aria-label": `${download.label} (${format.toUpperCase()})`,
        onclick: async (event: Event) => {
          const target = event.currentTarget as HTMLButtonElement;
          target.disabled = true;
          try {
            const { saveDownload } = await import("./saveDownload.js");
            await saveDownload(ctx, download, format);
            status.textContent = ctx.m.downloaded;
          } finally {
            target.disabled = false;
          }
        },
      },
      format.toUpperCase(),
    );
  return h(
    "p",
    { class: "downloads" },
    h("span", { class: "download-label" }, `${download.label}:`),
    " ",
    button("csv"),
    " ",
    button("json"),
    status,
  );
}
