import { afterEach, describe, expect, it } from "vitest";
import { KEY } from "../../test/keys.js";
import { type Rendered, renderApp } from "../../test/renderApp.js";

let ui: Rendered | undefined;
afterEach(() => ui?.unmount());

async function sources(columns = 120, rows = 30) {
  ui = renderApp({ columns, rows });
  await ui.type("x");
  await ui.press(KEY.tab);
  return ui.press("s", (f) => f.includes("Sources: 2 articles"));
}

describe("SourcesView", () => {
  it("lists the sources with date, language, publisher and title", async () => {
    const frame = await sources();
    expect(frame).toContain("›10 Aug 2020 · en · Alpha report");
    expect(frame).toContain("undated · de · Another report");
  });

  it("shows the selected source's metadata and records beside the list", async () => {
    const frame = await sources();
    expect(frame).toContain("Read the article");
    expect(frame).toContain("What this source supports");
    const second = await (ui as Rendered).press(KEY.down, (f) => f.includes("›undated · de"));
    expect(second).toContain("Tokyo summit");
  });

  it("opens a source in the reader with Enter, and a record from the details with Tab", async () => {
    await sources();
    const u = ui as Rendered;
    await u.press(KEY.enter, (f) => f.includes("Reader: Alpha report"));
    await u.press(KEY.escape, (f) => f.includes("Sources: 2 articles"));
    await u.press(KEY.tab, (f) => f.includes("▶ Alpha report"));
    await u.press(KEY.enter, (f) => f.includes("Reader: Alpha report"));
  });

  it("shows a source's evidence with e", async () => {
    await sources();
    expect(
      await (ui as Rendered).press("e", (f) => f.includes("Evidence for Alpha report")),
    ).toContain("“Stockholm Initiative”");
  });

  it("lists them by date of publication, undated last", async () => {
    const frame = await sources();
    expect(frame.indexOf("10 Aug 2020 · en · Alpha report")).toBeLessThan(
      frame.indexOf("undated · de · Another report"),
    );
  });
});
