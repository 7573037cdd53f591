import { useCallback } from "react";
import type { DetailRow } from "../details/Detail.js";
import { useAppContext } from "./AppContext.js";

/** Enter on a detail row: open its record, its source in the reader, or the timeline of its events. */
export function useOpenRow(): (row: DetailRow | undefined, from?: string) => void {
  const { nav } = useAppContext();
  return useCallback(
    (row, from) => {
      if (row?.ref !== undefined) nav.push({ kind: "detail", id: row.ref });
      else if (row?.reader !== undefined) nav.push({ kind: "reader", source: row.reader });
      else if (row?.events !== undefined)
        nav.push({
          kind: "timeline",
          countries: row.timeline ?? (from === undefined ? [] : [from]),
          only: row.events,
        });
      else nav.notify("Nothing to open here; e shows the evidence.");
    },
    [nav],
  );
}
