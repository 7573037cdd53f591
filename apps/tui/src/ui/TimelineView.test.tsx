import { afterEach, describe, expect, it } from "vitest";
import { KEY } from "../../test/keys.js";
import { type Rendered, renderApp } from "../../test/renderApp.js";
import { fixtureRelations } from "../../test/testData.js";

let ui: Rendered | undefined;
afterEach(() => ui?.unmount());

/** The timeline of South Korea: `t` from the search results (the default country). */
async function timeline(columns = 120, rows = 30) {
  ui = renderApp({ columns, rows });
  await ui.type("x");
  await ui.press(KEY.tab);
  return ui.press("t", (f) => f.includes("Timeline: South Korea"));
}

describe("TimelineView", () => {
  it("lists the events in date order, grouped by year", async () => {
    const frame = await timeline();
    const titles = fixtureRelations()
      .timeline("KR")
      .map((e) => e.event.title.en);
    const positions = titles.map((t) => frame.indexOf(t));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(frame).toContain("2020 · 3 events");
    expect(frame).toContain("2025 · 2 events");
    expect(frame).toContain(`Timeline: South Korea · ${titles.length} events`);
  });

  it("charts events per year beside the list when wide, in a line when narrow", async () => {
    const wide = await timeline();
    expect(wide).toContain("Events per year");
    expect(wide).toMatch(/2020 █+ +3/);
    ui?.unmount();
    const narrow = await timeline(80, 24);
    expect(narrow).not.toContain("Events per year");
    expect(narrow).toMatch(/2020 [▁-█]+ 2025 · events per year/);
  });

  it("filters by kind (k), topic (o) and clears (x)", async () => {
    await timeline();
    const u = ui as Rendered;
    const kind = await u.press("k", (f) => f.includes("kind: conference"));
    expect(kind).toContain("Timeline: South Korea · 1 event");
    const nuclear = await u.press("o", (f) => f.includes("topic: Nuclear disarmament"));
    expect(nuclear).toContain("Timeline: South Korea · 1 event");
    const pandemic = await u.press("o", (f) => f.includes("topic: COVID-19 pandemic"));
    expect(pandemic).toContain("No events with these filters");
    const cleared = await u.press("x", (f) => f.includes("kind: all"));
    expect(cleared).toContain("topic: all");
    expect(cleared).toContain("Timeline: South Korea · 5 events");
  });

  it("pairs the country with each partner in turn (p)", async () => {
    await timeline();
    const u = ui as Rendered;
    const pair = await u.press("p", (f) => f.includes("Timeline: South Korea – Germany"));
    expect(pair).toContain("3 events");
    expect(pair).not.toContain("Tokyo summit");
    await u.press("p", (f) => f.includes("Timeline: South Korea – France"));
    await u.press("p", (f) => f.includes("Timeline: South Korea – Japan"));
    await u.press("p", (f) => f.includes("pair: none"));
  });

  it("opens the selected event (Enter) and its evidence (e)", async () => {
    await timeline();
    const u = ui as Rendered;
    await u.press(KEY.down, (f) => f.includes("› 2020-08 "));
    const event = await u.press(KEY.enter, (f) => f.includes("event · press-conference"));
    expect(event).toContain("Press conference");
    await u.press(KEY.escape, (f) => f.includes("Timeline: South Korea"));
    await u.press("e", (f) => f.includes("Evidence for Press conference"));
  });
});
