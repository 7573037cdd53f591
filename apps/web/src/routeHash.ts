import type { Route } from "./parseRoute.js";

/** The location hash of a route; `parseRoute(routeHash(route))` gives the route back. */
export function routeHash(route: Route): string {
  switch (route.name) {
    case "home":
      return "#/";
    case "search": {
      const params = new URLSearchParams();
      if (route.q !== "") params.set("q", route.q);
      if (route.page !== undefined && route.page > 1) params.set("p", String(route.page));
      const query = params.toString();
      return query === "" ? "#/search" : `#/search?${query}`;
    }
    case "record": {
      const base = `#/${route.type}/${encodeURIComponent(route.id)}`;
      return route.at === undefined ? base : `${base}?at=${route.at}`;
    }
    case "browse":
      return `#/browse/${route.type}`;
    case "timeline": {
      const params = new URLSearchParams();
      if (route.country) params.set("country", route.country);
      if (route.kind) params.set("kind", route.kind);
      if (route.topic) params.set("topic", route.topic);
      if (route.group === "partner") params.set("group", "partner");
      const query = params.toString();
      return query === "" ? "#/timeline" : `#/timeline?${query}`;
    }
    case "network":
      return route.view === undefined ? "#/network" : `#/network?view=${route.view}`;
    case "open":
      return "#/open";
    case "notFound":
      return `#/${route.path.split("/").map(encodeURIComponent).join("/")}`;
  }
}
