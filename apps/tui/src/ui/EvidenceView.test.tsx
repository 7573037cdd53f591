import { afterEach, describe, expect, it } from "vitest";
import { KEY } from "../../test/keys.js";
import { type Rendered, renderApp } from "../../test/renderApp.js";
import { fixtureRelations } from "../../test/testData.js";

let ui: Rendered | undefined;
afterEach(() => ui?.unmount());

async function evidenceOf(query: string, expected: string, columns = 120, rows = 30) {
  ui = renderApp({ columns, rows });
  await ui.type(query);
  await ui.press(KEY.tab, (f) => f.includes("e evidence"));
  return ui.press("e", (f) => f.includes(expected));
}

describe("EvidenceView", () => {
  it("shows each excerpt verbatim with publisher, title, date and language", async () => {
    const frame = await evidenceOf("Strategic dialogue", "Evidence for Strategic dialogue");
    expect(frame).toContain("1 excerpt");
    expect(frame).toContain("“met for the second time”");
    expect(frame).toContain("— Alpha report · 10 Aug 2020 (stated) · en · src-a");
  });

  it("shows the excerpt in the context of its article when wide", async () => {
    const frame = await evidenceOf("Strategic dialogue", "In context");
    expect(frame).toMatch(/▶ .*met for the second time/);
  });

  it("moves between excerpts and opens the reader at the selected one", async () => {
    const frame = await evidenceOf(
      "South Korean Foreign Minister",
      "Evidence for Kang Kyung-wha: Foreign Minister of South Ko",
    );
    expect(frame).toContain("›1.");
    const reader = await (ui as Rendered).press(KEY.enter, (f) =>
      f.includes("Reader: Alpha report"),
    );
    expect(reader).toMatch(/▶ .*South Korean Foreign Minister KANG Kyung‑wha/);
    await (ui as Rendered).press(KEY.escape, (f) =>
      f.includes("Evidence for Kang Kyung-wha: Foreign Minister of South Ko"),
    );
  });

  it("switches to the context with Tab when narrow", async () => {
    await evidenceOf("Strategic dialogue", "Evidence for Strategic dialogue", 80, 24);
    const u = ui as Rendered;
    expect(u.frame()).not.toContain("In context");
    expect(await u.press(KEY.tab, (f) => f.includes("In context"))).not.toContain("1. “");
  });

  it("says so when a record has no evidence", async () => {
    const frame = await evidenceOf("Germany", "Evidence for Germany");
    expect(frame).toContain("No evidence recorded for this.");
    expect(
      await (ui as Rendered).press(KEY.enter, (f) => f.includes("No evidence to open")),
    ).toBeTruthy();
  });

  it("shows the reason, and no excerpt, for a fact known from outside the sources", async () => {
    const r = fixtureRelations();
    // The summit's date is known from the public record; the event has excerpts of its own.
    expect(r.getEvent("2025-summit").date.basis).toBe("external");
    expect(r.evidenceFor("2025-summit").length).toBeGreaterThan(0);
    ui = renderApp({ columns: 120, rows: 30 });
    await ui.type("Tokyo summit");
    await ui.press(KEY.enter, (f) => (f.split("\n")[0] ?? "").includes("” › Tokyo summit"));
    // The first fact: its date.
    const beside = ui.frame();
    expect(beside).toMatch(/›date /);
    expect(beside).toMatch(/Evidence \(date\): 0 excerpts/);
    expect(beside).toContain("external: Public record.");
    const full = await ui.press("e", (f) => f.includes("Evidence for Tokyo summit (date)"));
    expect(full).toContain("0 excerpts");
    expect(full).toContain("external: Public record.");
    expect(full).not.toMatch(/1\. “/);
  });

  it("filters the excerpts with /", async () => {
    await evidenceOf("Kang Kyung-wha", "Evidence for Kang Kyung-wha");
    const u = ui as Rendered;
    await u.press("/", (f) => / of \d+ › ▏/.test(f));
    const none = await u.type("zzz");
    expect(none).toMatch(/\/ 0 of \d+ › zzz▏/);
    await u.press(KEY.escape, (f) => !f.includes("zzz"));
  });
});
