import { useCallback } from "react";
import type { DetailRow } from "../details/Detail.js";
import { useAppContext } from "./AppContext.js";

/** Enter on a detail row: open its record, or its source in the reader. */
export function useOpenRow(): (row: DetailRow | undefined, from?: string) => void {
  const { nav } = useAppContext();
  return useCallback(
    (row) => {
      if (row?.ref !== undefined) nav.push({ kind: "detail", id: row.ref });
      else if (row?.reader !== undefined) nav.push({ kind: "reader", source: row.reader });
      else nav.notify("Nothing to open here; e shows the evidence.");
    },
    [nav],
  );
}
