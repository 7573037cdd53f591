import { browseView } from "./browseView.js";
import { homeView } from "./homeView.js";
import { notFoundView } from "./notFoundView.js";
import type { Route } from "./parseRoute.js";
import { searchView } from "./searchView.js";
import type { View, ViewContext } from "./viewContext.js";

/**
 * The view a route shows. Views that not every visit needs (record pages, the
 * timeline, the network, opening a file, the brief) are loaded on demand, as
 * chunks of their own: the home page and search load with the page.
 */
export function viewFor(route: Route, ctx: ViewContext): View | Promise<View> {
  switch (route.name) {
    case "home":
      return homeView(ctx);
    case "search":
      return searchView(route, ctx);
    case "record":
      return import("./recordView.js").then((v) =>
        v.recordView(route.type, route.id, ctx, route.at),
      );
    case "browse":
      return browseView(route.type, ctx);
    case "timeline":
      return import("./timelineView.js").then((v) => v.timelineView(route, ctx));
    case "network":
      return import("./networkView.js").then((v) => v.networkViewLater(route, ctx));
    case "open":
      return import("./openView.js").then((v) => v.openView(ctx));
    case "brief":
      return import("./briefView.js").then((v) => v.briefView(route, ctx));
    case "notFound":
      return notFoundView(route.path, ctx);
  }
}

/** Fetches the record pages' chunk ahead of need (when the reader turns to the search box). */
export function prefetchRecordView(): void {
  void import("./recordView.js");
}
