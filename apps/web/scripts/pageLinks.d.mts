import type { Page } from "playwright-core";

/** The ids a record's page links to, by where they are: `facts`, `head`, `evidence`, `relation:<name>`, `other`. */
export declare function pageLinkPlaces(
  page: Page,
  type: string,
  id: string,
): Promise<Record<string, string[]>>;
/** The ids a record's page links to (outside closed citation cards), sorted. */
export declare function pageLinks(page: Page, type: string, id: string): Promise<string[]>;
/** Every given record page's links, by record id. */
export declare function allPageLinks(
  page: Page,
  records: readonly { readonly type: string; readonly id: string }[],
): Promise<Record<string, string[]>>;
