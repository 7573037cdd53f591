import { eventKindName } from "@korea-relations/core";
import { afterEach, describe, expect, it } from "vitest";
import { KEY } from "../../test/keys.js";
import { type Rendered, renderApp } from "../../test/renderApp.js";
import { fixtureRelations } from "../../test/testData.js";

let ui: Rendered | undefined;
afterEach(() => ui?.unmount());

const r = fixtureRelations();

/** The timeline of South Korea: `t` from the search results (the default country). */
async function timeline(columns = 120, rows = 40) {
  ui = renderApp({ columns, rows });
  await ui.type("x");
  await ui.press(KEY.tab);
  return ui.press("t", (f) => f.includes("Timeline: South Korea"));
}

describe("TimelineView", () => {
  it("lists the events as a party and about it, in date order, grouped by year", async () => {
    const frame = await timeline();
    const entries = r.timeline("KR");
    const positions = entries.map((e) => frame.indexOf(e.event.title.en));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(frame).toContain(`Timeline: South Korea · ${entries.length} events`);
    for (const entry of entries.filter((e) => e.role === "about"))
      expect(frame).toMatch(new RegExp(`about: ${entry.event.title.en.slice(0, 10)}`));
    expect(frame).toMatch(/^\d{4} · \d+ events?/m);
  });

  it("charts every year from the first to the last, empty ones too (core's facets)", async () => {
    const years = r.facets({ involves: ["KR"] }).years;
    expect(years.some((y) => y.count === 0)).toBe(true);
    const wide = await timeline();
    expect(wide).toContain("Events per year");
    for (const year of years)
      expect(wide).toMatch(new RegExp(`${year.value} █* +${year.count}\\b`));
    ui?.unmount();
    const narrow = await timeline(80, 24);
    expect(narrow).not.toContain("Events per year");
    expect(narrow).toContain(`${years[0]?.value} `);
    expect(narrow).toContain(` ${years.at(-1)?.value} · events per year`);
  });

  it("filters by kind with a picker of the kinds and their counts (c)", async () => {
    await timeline();
    const u = ui as Rendered;
    const kinds = r.facets({ involves: ["KR"] }).kinds;
    const picker = await u.press("c", (f) => f.includes("Filter by kind"));
    // Each kind by its name (core's eventKindName), with its count.
    for (const kind of kinds)
      expect(picker).toMatch(new RegExp(`${kind.count} +${eventKindName(kind.value, "en")}`));
    expect(picker.split("\n").at(-1)).toMatch(/esc cancel/);
    const chosen = kinds[0];
    const name = chosen ? eventKindName(chosen.value, "en") : "";
    await u.type(name);
    const filtered = await u.press(KEY.enter, (f) => f.includes(`kind: ${name}`));
    expect(filtered).toContain(
      `Timeline: South Korea · ${chosen?.count} event${chosen?.count === 1 ? "" : "s"}`,
    );
  });

  it("filters by topic (o), pairs with a partner (p), and x clears them all", async () => {
    await timeline();
    const u = ui as Rendered;
    const topic = r.facets({ involves: ["KR"] }).topics[0];
    await u.press("o", (f) => f.includes("Filter by topic"));
    await u.type(r.getTopic(topic?.value ?? "").label.en);
    await u.press(KEY.enter, (f) =>
      f.includes(`topic: ${r.getTopic(topic?.value ?? "").label.en}`),
    );
    const partner = r.facets({ countries: ["KR"] }).partners[0];
    const name = r.getCountry(partner?.value ?? "").names.en;
    const pairs = await u.press("p", (f) => f.includes("Pair with a partner"));
    expect(pairs).toContain("No pair");
    await u.type(name);
    const paired = await u.press(KEY.enter, (f) => f.includes(`Timeline: South Korea – ${name}`));
    expect(paired).toContain(`pair: ${name} (p)`);
    const cleared = await u.press("x", (f) => f.includes("pair: none"));
    expect(cleared).toContain("kind: all");
    expect(cleared).toContain("topic: all");
    expect(cleared).toContain(`Timeline: South Korea · ${r.timeline("KR").length} events`);
  });

  it("closes a picker with Esc, choosing nothing", async () => {
    await timeline();
    const u = ui as Rendered;
    await u.press("c", (f) => f.includes("Filter by kind"));
    const closed = await u.press(KEY.escape, (f) => !f.includes("Filter by kind"));
    expect(closed).toContain("kind: all");
    expect(closed).toContain("Timeline: South Korea");
  });

  it("opens the selected event (Enter) and its evidence (e); j/k/g/G move", async () => {
    await timeline();
    const u = ui as Rendered;
    const entries = r.timeline("KR");
    const second = entries[1]?.event.title.en ?? "";
    await u.press("j", (f) => new RegExp(`›.*${second.slice(0, 12)}`).test(f));
    const last = entries.at(-1)?.event.title.en ?? "";
    await u.press("G", (f) => new RegExp(`›.*${last.slice(0, 12)}`).test(f));
    await u.press("g", (f) => new RegExp(`›.*${entries[0]?.event.title.en.slice(0, 12)}`).test(f));
    await u.press("j");
    const event = await u.press(
      KEY.enter,
      (f) =>
        (f.split("\n")[0] ?? "").endsWith(`${second} EN`) ||
        f.includes(`event · ${eventKindName(entries[1]?.event.kind ?? "meeting", "en")}`),
    );
    expect(event).toContain(second);
    await u.press(KEY.escape, (f) => f.includes("Timeline: South Korea"));
    await u.press("e", (f) => f.includes(`Evidence for ${second}`));
  });

  it("filters the events by text with /", async () => {
    await timeline();
    const u = ui as Rendered;
    await u.press("/", (f) => / of \d+ › ▏/.test(f));
    const title = r.timeline("KR")[0]?.event.title.en ?? "";
    const filtered = await u.type(title);
    expect(filtered).toMatch(/\/ 1 of \d+ › /);
    expect(filtered).toContain(title);
  });
});
