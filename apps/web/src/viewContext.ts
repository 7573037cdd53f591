import type { LabelLanguage, Relations } from "@korea-relations/core";
import type { Messages } from "./messages.js";
import type { Route } from "./parseRoute.js";
import type { SearchClient } from "./searchClient.js";

/** The dataset the page shows: the built-in one, or a file the reader opened. */
export interface DatasetInfo {
  readonly builtin: boolean;
  /** The file's name; the dataset's name for the built-in one. */
  readonly name: string;
  /** `DATASET_VERSION` for the built-in dataset; the file's size and date for a file. */
  readonly version: string;
}

/** A dataset to show instead of the built-in one. */
export interface OpenedDataset {
  readonly r: Relations;
  readonly info: DatasetInfo;
  /** The file itself, for the search worker to read. */
  readonly file: Blob;
}

/** What every view gets: the data, the language, and the page around it. */
export interface ViewContext {
  readonly r: Relations;
  readonly data: DatasetInfo;
  readonly lang: LabelLanguage;
  readonly m: Messages;
  /** Core's `search`, answered off the main thread. */
  readonly search: SearchClient;
  /** Width in CSS pixels available to the view's content. */
  readonly width: number;
  /** Puts a route in the address bar without a new history entry or a re-render. */
  readonly replace: (route: Route) => void;
  /** Says something to screen readers (results that arrived later). */
  readonly announce: (text: string) => void;
  /** Shows another dataset in the whole page; none: back to the built-in dataset. */
  readonly useDataset: (next?: OpenedDataset) => void;
  /**
   * Whether the page drawn with this context is still the one asked for:
   * `false` once the reader has gone elsewhere, even while the next page
   * loads and this one is still shown (its work left for later then stops).
   */
  readonly current: () => boolean;
}

/** A rendered view: its content and the page title. */
export interface View {
  readonly title: string;
  readonly node: Node;
  /** Said to screen readers once shown (a result count). */
  readonly announce?: string;
  /** Runs once the node is in the document (focus a target, load more). */
  readonly after?: () => void | Promise<void>;
  /**
   * Shows another route of the same view in place (the next keystroke of a
   * search), returning the new page title; `undefined` where it cannot.
   */
  readonly update?: (route: Route) => string | undefined;
}
