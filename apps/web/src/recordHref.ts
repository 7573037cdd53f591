import type { RecordType } from "@korea-relations/core";
import { routeHash } from "./routeHash.js";

/** The shareable address of a record's page. */
export function recordHref(type: RecordType, id: string, at?: number): string {
  return routeHash({ name: "record", type, id, ...(at === undefined ? {} : { at }) });
}
