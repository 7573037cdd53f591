import { RECORD_TYPES, type RecordType } from "@korea-relations/core";

/** Timeline rows: one per event kind, or one per partner country. */
export type TimelineGroup = "kind" | "partner";

/** What the address shows. */
export type Route =
  | { readonly name: "home" }
  | { readonly name: "search"; readonly q: string; readonly page?: number }
  | {
      readonly name: "record";
      readonly type: RecordType;
      readonly id: string;
      readonly at?: number;
    }
  | { readonly name: "browse"; readonly type: RecordType }
  | {
      readonly name: "timeline";
      readonly country?: string;
      readonly kind?: string;
      readonly topic?: string;
      readonly group: TimelineGroup;
    }
  | { readonly name: "network"; readonly view?: NetworkMode }
  | { readonly name: "open" }
  | { readonly name: "notFound"; readonly path: string };

/** The network as a chart of nodes and lines, or as a list of pairs with bars. */
export type NetworkMode = "chart" | "list";

const isType = (value: string): value is RecordType =>
  (RECORD_TYPES as readonly string[]).includes(value);

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/**
 * The route of a location hash: `#/search?q=…`, `#/person/kang-kyung-wha`,
 * `#/source/<id>?at=<offset>`, `#/browse/person`, `#/timeline?country=DE`,
 * `#/network?view=list`, `#/open`; `""` and `#/` are home. Search results
 * after the first page carry `p=<page>`. Unknown paths give `notFound`.
 */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, "");
  const queryAt = raw.indexOf("?");
  const path = queryAt < 0 ? raw : raw.slice(0, queryAt);
  const params = new URLSearchParams(queryAt < 0 ? "" : raw.slice(queryAt + 1));
  const parts = path.split("/").filter((part) => part !== "");
  const [first, second] = parts.map(decode);
  const notFound: Route = { name: "notFound", path: decode(path) ?? path };
  if (parts.length === 0) return { name: "home" };
  if (parts.length === 1) {
    if (first === "search") {
      const page = Number(params.get("p"));
      return {
        name: "search",
        q: params.get("q") ?? "",
        ...(Number.isInteger(page) && page > 1 ? { page } : {}),
      };
    }
    if (first === "network") {
      const view = params.get("view");
      return { name: "network", ...(view === "chart" || view === "list" ? { view } : {}) };
    }
    if (first === "open") return { name: "open" };
    if (first === "timeline") {
      const pick = (key: string) => params.get(key) || undefined;
      const country = pick("country");
      const kind = pick("kind");
      const topic = pick("topic");
      return {
        name: "timeline",
        ...(country ? { country } : {}),
        ...(kind ? { kind } : {}),
        ...(topic ? { topic } : {}),
        group: params.get("group") === "partner" ? "partner" : "kind",
      };
    }
    return notFound;
  }
  if (parts.length === 2 && first !== undefined && second !== undefined) {
    if (first === "browse" && isType(second)) return { name: "browse", type: second };
    if (isType(first) && second !== "") {
      const at = Number(params.get("at"));
      return {
        name: "record",
        type: first,
        id: second,
        ...(params.has("at") && Number.isInteger(at) && at >= 0 ? { at } : {}),
      };
    }
  }
  return notFound;
}
