import { afterEach, describe, expect, it } from "vitest";
import { KEY } from "../../test/keys.js";
import { type Rendered, renderApp } from "../../test/renderApp.js";
import { displayWidth } from "../text/truncate.js";

let ui: Rendered | undefined;
afterEach(() => ui?.unmount());

const header = (frame: string) => frame.split("\n")[0] ?? "";

describe("App", () => {
  it("starts on the search screen with the keys in the footer", () => {
    ui = renderApp();
    expect(header(ui.frame())).toMatch(/^korea-relations › Search +EN$/);
    expect(ui.frame()).toContain("Search ›");
    expect(ui.frame().split("\n").at(-1)).toMatch(/^type search .*\^C quit {2}F1 help$/);
  });

  it("keeps a history like a browser: every view pushed, Esc pops", async () => {
    ui = renderApp();
    await ui.type("Tokyo summit");
    await ui.press(KEY.enter, (f) => header(f).includes("› Tokyo summit"));
    await ui.press(KEY.down);
    await ui.press(KEY.down, (f) => /›place/.test(f));
    await ui.press(KEY.enter, (f) => header(f).includes("› Tokyo summit › Tokyo"));
    await ui.press("e", (f) => header(f).includes("› Evidence: Tokyo"));
    await ui.press(KEY.escape, (f) => /› Tokyo summit › Tokyo +EN$/.test(header(f)));
    await ui.press(KEY.escape, (f) => /› Tokyo summit +EN$/.test(header(f)));
    await ui.press(
      KEY.escape,
      (f) => /› Search +EN$/.test(header(f)) && f.includes("Search › Tokyo summit▏"),
    );
    // At the root, Esc in the search box clears the query and stays.
    await ui.press(KEY.escape, (f) => f.includes("Search › ▏"));
    expect(header(ui.frame())).toMatch(/› Search +EN$/);
  });

  it("goes home to the search box with f (find) from anywhere", async () => {
    ui = renderApp();
    await ui.type("Maas");
    await ui.press(KEY.enter, (f) => header(f).includes("› Heiko Maas"));
    await ui.press("s", (f) => header(f).includes("› Sources"));
    const home = await ui.press("f", (f) => /› Search +EN$/.test(header(f)));
    expect(home).toContain("Search › Maas▏");
    expect(await ui.press("x")).toContain("Search › Maasx▏");
  });

  it("quits with q outside the search box and with Ctrl-C anywhere", async () => {
    ui = renderApp();
    await ui.press(KEY.ctrlC, () => ui?.quit.mock.calls.length === 1);
    await ui.type("Maas");
    await ui.press(KEY.enter, (f) => header(f).includes("› Heiko Maas"));
    await ui.press("q", () => ui?.quit.mock.calls.length === 2);
  });

  it("switches labels between English and German with l", async () => {
    ui = renderApp();
    await ui.type("Strategic dialogue");
    await ui.press(KEY.tab);
    const de = await ui.press("l", (f) => / DE$/.test(header(f)));
    expect(de).toContain("Strategischer Dialog");
    expect(await ui.press("l", (f) => / EN$/.test(header(f)))).toContain("Strategic dialogue");
  });

  it("starts in German with lang de", async () => {
    ui = renderApp({ lang: "de" });
    await ui.type("Korea");
    expect(ui.frame()).toContain("Südkorea");
  });

  it.each([
    [60, 20],
    [80, 24],
    [100, 30],
    [200, 50],
  ])("fits a %i×%i terminal exactly, every line within the width", async (columns, rows) => {
    ui = renderApp({ columns, rows });
    await ui.type("Kang");
    await ui.press(KEY.enter, (f) => header(f).includes("› Kang Kyung-wha"));
    const frame = ui.frame();
    const lines = frame.split("\n");
    expect(lines).toHaveLength(rows);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
    expect(lines.at(-1)).toMatch(/help$/);
  });

  it("adapts on resize: one pane when narrow, two when wide", async () => {
    ui = renderApp({ columns: 120, rows: 30 });
    await ui.type("Kang");
    await ui.press(KEY.enter, (f) => header(f).includes("› Kang Kyung-wha"));
    expect(ui.frame()).toContain("│");
    const narrow = await ui.resize(60, 20);
    expect(narrow).not.toContain("│");
    expect(narrow.split("\n")).toHaveLength(20);
    expect(narrow).toContain("Kang Kyung-wha");
    const wide = await ui.resize(200, 50);
    expect(wide.split("\n")).toHaveLength(50);
    expect(wide).toContain("Evidence");
  });

  it("starts with a query in the search box, its results shown", async () => {
    ui = renderApp({ query: "Kyung-wha Kang" });
    const frame = await ui.waitFor((f) => /^›person +Kang Kyung-wha/m.test(f));
    expect(frame).toContain("Search › Kyung-wha Kang▏");
  });

  it("shows a 'terminal too small' screen below 40×12, and the UI again when it grows", async () => {
    ui = renderApp({ columns: 100, rows: 30 });
    await ui.type("Kang");
    const small = await ui.resize(39, 12);
    expect(small).toContain("Terminal too small: 39×12");
    expect(small).toContain("needs at least 40×12");
    for (const line of small.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(39);
    expect((await ui.resize(60, 11)).split("\n").length).toBeLessThanOrEqual(11);
    const back = await ui.resize(100, 30);
    expect(back).toContain("Search › Kang▏");
    await ui.resize(30, 8);
    await ui.press("q", () => ui?.quit.mock.calls.length === 1);
  });

  it("copies the selected id with y, or says copying is off", async () => {
    const copied: string[] = [];
    ui = renderApp({
      onCopy: (text) => {
        copied.push(text);
        return true;
      },
    });
    await ui.type("Kyung-wha Kang");
    await ui.press(KEY.tab);
    const done = await ui.press("y", (f) => f.includes("! Copied kang-kyung-wha"));
    expect(done).toBeTruthy();
    expect(copied).toEqual(["kang-kyung-wha"]);
    ui.unmount();
    ui = renderApp();
    await ui.type("Kang");
    await ui.press(KEY.tab);
    await ui.press("y", (f) => f.includes("! Copying needs a terminal"));
  });
});
