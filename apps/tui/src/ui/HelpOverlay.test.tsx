import { afterEach, describe, expect, it } from "vitest";
import { KEY } from "../../test/keys.js";
import { type Rendered, renderApp } from "../../test/renderApp.js";
import { KEY_GROUPS } from "./keyBindings.js";

let ui: Rendered | undefined;
afterEach(() => ui?.unmount());

async function help(rows = 100) {
  ui = renderApp({ rows });
  await ui.type("x");
  await ui.press(KEY.tab);
  return ui.press("?", (f) => f.includes("Keys ("));
}

describe("HelpOverlay", () => {
  it("lists every key", async () => {
    const frame = await help();
    for (const group of KEY_GROUPS) {
      expect(frame).toContain(group.title);
      for (const { label: key, does: action } of group.bindings)
        expect(frame).toMatch(
          new RegExp(
            `${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+${action.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`,
          ),
        );
    }
  });

  it.each([
    ["?", "?"],
    ["Esc", KEY.escape],
    ["q", "q"],
  ])("closes with %s, back where it was", async (_, key) => {
    await help();
    const frame = await (ui as Rendered).press(key, (f) => !f.includes("Keys ("));
    expect(frame).toContain("Search › x");
    expect(ui?.quit).not.toHaveBeenCalled();
  });

  it("scrolls when the terminal is short", async () => {
    const frame = await help(12);
    expect(frame).not.toContain("Everywhere");
    const scrolled = await (ui as Rendered).press(KEY.pageDown);
    expect(scrolled).not.toBe(frame);
    await (ui as Rendered).press(KEY.down);
    await (ui as Rendered).press(KEY.up);
  });

  it("opens with F1 from the search box, where ? is text", async () => {
    ui = renderApp();
    await ui.type("x?");
    expect(ui.frame()).toContain("Search › x?▏");
    await ui.press(KEY.f1, (f) => f.includes("Keys ("));
    await (ui as Rendered).press(KEY.escape, (f) => f.includes("Search › x?▏"));
  });

  it("quits with Ctrl-C", async () => {
    await help();
    await (ui as Rendered).press(KEY.ctrlC, () => ui?.quit.mock.calls.length === 1);
  });
});
