import { homeView } from "./homeView.js";
import { notFoundView } from "./notFoundView.js";
import type { Route } from "./parseRoute.js";
import type { View, ViewContext } from "./viewContext.js";

/** Search results' module, once loaded: later searches are drawn in the keystroke's own task. */
let searchModule: typeof import("./searchView.js") | undefined;
const loadSearch = () =>
  import("./searchView.js").then((module) => {
    searchModule = module;
    return module;
  });

/**
 * The view a route shows. Views that not every visit needs (search results,
 * record pages, lists, the timeline, the network, opening a file, the brief) are
 * loaded on demand, as chunks of their own: the home page loads with the page.
 */
export function viewFor(route: Route, ctx: ViewContext): View | Promise<View> {
  switch (route.name) {
    case "home":
      return homeView(ctx);
    case "search":
      return searchModule
        ? searchModule.searchView(route, ctx)
        : loadSearch().then((v) => v.searchView(route, ctx));
    case "record":
      return import("./recordView.js").then((v) =>
        v.recordView(route.type, route.id, ctx, route.at),
      );
    case "browse":
      return import("./browseView.js").then((v) => v.browseView(route.type, ctx));
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

/**
 * Fetches the search results' and record pages' chunks ahead of need (when
 * the reader turns to the search box).
 */
export function prefetchSearchViews(): void {
  void loadSearch();
  void import("./recordView.js");
}
