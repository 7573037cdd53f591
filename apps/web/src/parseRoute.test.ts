import { describe, expect, it } from "vitest";
import { parseRoute, type Route } from "./parseRoute.js";
import { routeHash } from "./routeHash.js";

describe("parseRoute and routeHash", () => {
  it("read every kind of address", () => {
    expect(parseRoute("")).toEqual({ name: "home" });
    expect(parseRoute("#/")).toEqual({ name: "home" });
    expect(parseRoute("#/search?q=S%C3%BCdkorea")).toEqual({ name: "search", q: "Südkorea" });
    expect(parseRoute("#/person/kang-kyung-wha")).toEqual({
      name: "record",
      type: "person",
      id: "kang-kyung-wha",
    });
    expect(parseRoute("#/source/ffo-2020-08-10-strategic-dialogue?at=120")).toEqual({
      name: "record",
      type: "source",
      id: "ffo-2020-08-10-strategic-dialogue",
      at: 120,
    });
    expect(parseRoute("#/browse/event")).toEqual({ name: "browse", type: "event" });
    expect(parseRoute("#/timeline?country=DE&topic=vaccines&group=partner")).toEqual({
      name: "timeline",
      country: "DE",
      topic: "vaccines",
      group: "partner",
    });
    expect(parseRoute("#/network")).toEqual({ name: "network" });
    expect(parseRoute("#/network?view=list")).toEqual({ name: "network", view: "list" });
    expect(parseRoute("#/search?q=Kang&p=3")).toEqual({ name: "search", q: "Kang", page: 3 });
    expect(parseRoute("#/open")).toEqual({ name: "open" });
  });

  it("send anything else to not found, without throwing", () => {
    expect(parseRoute("#/people/x")).toMatchObject({ name: "notFound" });
    expect(parseRoute("#/browse/people")).toMatchObject({ name: "notFound" });
    expect(parseRoute("#/person/%E0%A4%A")).toMatchObject({ name: "notFound" });
    expect(parseRoute("#/person/a/b")).toMatchObject({ name: "notFound" });
    expect(parseRoute("#/source/x?at=-1")).toEqual({ name: "record", type: "source", id: "x" });
    expect(parseRoute("#/timeline?group=sideways")).toEqual({ name: "timeline", group: "kind" });
    expect(parseRoute("#/search?q=x&p=1")).toEqual({ name: "search", q: "x" });
    expect(parseRoute("#/search?q=x&p=two")).toEqual({ name: "search", q: "x" });
    expect(parseRoute("#/network?view=3d")).toEqual({ name: "network" });
  });

  it("round-trip, encoding what needs it", () => {
    const routes: Route[] = [
      { name: "home" },
      { name: "search", q: "" },
      { name: "search", q: "Kang & Maas / 강경화 ?#" },
      { name: "record", type: "event", id: "2020-08-10-de-kr-strategic-dialogue" },
      { name: "record", type: "source", id: "a b/c", at: 7 },
      { name: "browse", type: "country" },
      { name: "timeline", group: "kind" },
      { name: "timeline", country: "JP", kind: "summit", topic: "us-tariffs", group: "partner" },
      { name: "network" },
      { name: "network", view: "list" },
      { name: "search", q: "Kang", page: 2 },
      { name: "open" },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
    expect(routeHash({ name: "record", type: "person", id: "x y" })).toBe("#/person/x%20y");
  });
});
