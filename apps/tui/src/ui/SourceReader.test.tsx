import { afterEach, describe, expect, it } from "vitest";
import { KEY } from "../../test/keys.js";
import { type Rendered, renderApp } from "../../test/renderApp.js";
import { fixtureRelations } from "../../test/testData.js";
import { citedPassages } from "./citedPassages.js";

let ui: Rendered | undefined;
afterEach(() => ui?.unmount());

/** Opens the sources (s from the results) and reads the first one. */
async function read(columns = 120, rows = 30, options: Parameters<typeof renderApp>[0] = {}) {
  ui = renderApp({ columns, rows, ...options });
  await ui.type("x");
  await ui.press(KEY.tab);
  await ui.press("s", (f) => f.includes("Sources:"));
  return ui.press(KEY.enter, (f) => f.includes("Reader: Alpha report"));
}

const passages = citedPassages(fixtureRelations().citations("src-a")).length;

describe("SourceReader", () => {
  it("shows the whole article with cited passages marked in the gutter", async () => {
    const frame = await read();
    expect(frame).toContain("Alpha report · 10 Aug 2020 · stated · en");
    expect(frame).toContain(`passage 1/${passages}`);
    expect(frame).toContain("  Report src-a");
    expect(frame).toMatch(/▶ Paragraph 1 says:/);
    expect(frame).toMatch(/┃ Paragraph 3 says:/);
    expect(frame).toMatch(/\n {2}Paragraph 2 says:/); // cited nowhere: its excerpt is found first in paragraph 1
  });

  it("goes from passage to passage with ↓/↑ and n/N", async () => {
    await read();
    const u = ui as Rendered;
    expect(await u.press(KEY.down)).toContain(`passage 2/${passages}`);
    expect(await u.press("n")).toContain(`passage 3/${passages}`);
    expect(await u.press("N")).toContain(`passage 2/${passages}`);
    expect(await u.press(KEY.up)).toContain(`passage 1/${passages}`);
    expect(await u.press(KEY.end)).toContain(`passage ${passages}/${passages}`);
  });

  it("scrolls by page", async () => {
    await read(80, 12);
    const u = ui as Rendered;
    const top = u.frame();
    expect(top).toContain("lines 1–");
    const down = await u.press(KEY.pageDown);
    expect(down).not.toContain("lines 1–");
    expect(await u.press(KEY.pageUp)).toContain("lines 1–");
  });

  it("lists the records of a passage beside it and opens them", async () => {
    await read();
    const u = ui as Rendered;
    expect(u.frame()).toMatch(/Records citing this passage: \d+/);
    await u.press(KEY.tab, (f) => /›office\s+/.test(f) || /›\w+\s+/.test(f.split("│")[1] ?? ""));
    const detail = await u.press(KEY.enter, (f) =>
      (f.split("\n")[0] ?? "").includes("Reader: Alpha report ›"),
    );
    expect(detail).toMatch(/ · /);
  });

  it("opens the record a passage backs with Enter, or lists several", async () => {
    await read();
    const u = ui as Rendered;
    await u.press(KEY.down, (f) => f.includes("passage 2/"));
    expect(u.frame()).toContain("Records citing this passage: 1");
    const frame = await u.press(KEY.enter, (f) =>
      (f.split("\n")[0] ?? "").includes("Reader: Alpha report ›"),
    );
    expect(frame).toContain("Kang Kyung-wha: Diplomat");
    await u.press(KEY.escape, (f) => f.includes("passage 2/"));
    await u.press(KEY.up, (f) => f.includes("Records citing this passage: 2"));
    await u.press(KEY.enter, (f) => (f.split("│")[1] ?? "").length > 0 && /›office/.test(f));
  });

  it("says so when a source's text is missing", async () => {
    const frame = await read(120, 30, { sourceText: () => undefined });
    expect(frame).toContain("The article's text is not available.");
  });

  it("searches the text with /, marks the matches, and goes through them with n and N", async () => {
    await read(120, 30);
    const u = ui as Rendered;
    const box = await u.press("/", (f) => f.includes("Find in text › ▏"));
    expect(box.split("\n").at(-1)).toMatch(/esc clear/);
    await u.type("little");
    await u.press(KEY.enter, (f) => /match 1\/\d+/.test(f));
    const count = Number(/match 1\/(\d+)/.exec(u.frame())?.[1]);
    expect(count).toBeGreaterThan(2);
    expect(u.frame().split("\n").at(-1)).toMatch(/n\/N match/);
    expect(await u.press("n")).toContain(`match 2/${count}`);
    expect(await u.press("n")).toContain(`match 3/${count}`);
    expect(await u.press("N")).toContain(`match 2/${count}`);
    // ↓ still goes to the next cited passage.
    expect(await u.press(KEY.down)).toContain(`passage 2/${passages}`);
    const ended = await u.press(KEY.escape, (f) => !f.includes("match "));
    expect(ended).toContain("passage 2/");
    // Without a search, n is the next passage again.
    expect(await u.press("n")).toContain(`passage 3/${passages}`);
  });

  it("says so when the search finds nothing", async () => {
    await read(120, 30);
    const u = ui as Rendered;
    await u.press("/", (f) => f.includes("Find in text"));
    await u.type("zzqq");
    await u.press(KEY.enter, (f) => f.includes("no match"));
    await u.press("n", (f) => f.includes("No match for “zzqq”"));
  });
});
