import { afterEach, describe, expect, it } from "vitest";
import { KEY } from "../../test/keys.js";
import { type Rendered, renderApp } from "../../test/renderApp.js";

let ui: Rendered | undefined;
afterEach(() => ui?.unmount());

describe("Footer and Header", () => {
  it("always shows how to quit and get help, cutting the other hints to the width", async () => {
    ui = renderApp({ columns: 60, rows: 20 });
    await ui.type("Kang");
    const typing = ui.frame().split("\n").at(-1) ?? "";
    expect(typing).toMatch(/^type search .*\^C quit {2}F1 help$/);
    expect(typing).not.toMatch(/\? help|q quit/);
    await ui.press(KEY.tab);
    const footer = ui.frame().split("\n").at(-1) ?? "";
    expect(footer).toMatch(/…\s+q quit {2}\? help$/);
  });

  it("shows a message in place of the hints until the next key", async () => {
    ui = renderApp();
    await ui.press(KEY.enter, (f) => f.includes("! Type to search first."));
    expect(await ui.press("a", (f) => !f.includes("! Type"))).toContain("type search");
  });

  it("cuts a long breadcrumb from the left, keeping where you are", async () => {
    ui = renderApp({ columns: 60, rows: 20 });
    await ui.type("Tokyo summit");
    await ui.press(KEY.enter, (f) => (f.split("\n")[0] ?? "").includes("› Tokyo summit"));
    await ui.press(KEY.tab);
    await ui.press("e", (f) => (f.split("\n")[0] ?? "").includes("Evidence: Tokyo summit"));
    const header = ui.frame().split("\n")[0] ?? "";
    expect(header).toMatch(/^korea-relations › … ?.*Evidence: Tokyo summit +EN$/);
  });
});
