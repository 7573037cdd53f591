import type { LabelLanguage, Relations } from "@korea-relations/core";
import type { Messages } from "./messages.js";
import type { Route } from "./parseRoute.js";

/** What every view gets: the data, the language, and the page around it. */
export interface ViewContext {
  readonly r: Relations;
  readonly lang: LabelLanguage;
  readonly m: Messages;
  /** Width in CSS pixels available to the view's content. */
  readonly width: number;
  /** Puts a route in the address bar without a new history entry or a re-render. */
  readonly replace: (route: Route) => void;
}

/** A rendered view: its content and the page title. */
export interface View {
  readonly title: string;
  readonly node: Node;
  /** Said to screen readers once shown (a result count). */
  readonly announce?: string;
  /** Runs once the node is in the document (focus a target, load more). */
  readonly after?: () => void;
}
