import { browseView } from "./browseView.js";
import { homeView } from "./homeView.js";
import { networkView } from "./networkView.js";
import { notFoundView } from "./notFoundView.js";
import type { Route } from "./parseRoute.js";
import { recordView } from "./recordView.js";
import { searchView } from "./searchView.js";
import { timelineView } from "./timelineView.js";
import type { View, ViewContext } from "./viewContext.js";

/** The view a route shows. */
export function viewFor(route: Route, ctx: ViewContext): View {
  switch (route.name) {
    case "home":
      return homeView(ctx);
    case "search":
      return searchView(route.q, ctx);
    case "record":
      return recordView(route.type, route.id, ctx, route.at);
    case "browse":
      return browseView(route.type, ctx);
    case "timeline":
      return timelineView(route, ctx);
    case "network":
      return networkView(ctx);
    case "notFound":
      return notFoundView(route.path, ctx);
  }
}
