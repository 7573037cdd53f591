/**
 * The barometer and the brief in the real binary, in tmux at 80×24 and
 * 200×50: South Korea's page shows core's barometer as diverging bars, `b`
 * opens its cited brief with the caveat, `l` switches it to German, and
 * every line fits the terminal.
 */
import { builtin, type Relations } from "@korea-relations/core";
import { barometer, brief } from "@korea-relations/core/brief";
import { beforeAll, describe, expect, it } from "vitest";
import { cleanLine } from "../src/text/cleanText.js";
import { displayWidth } from "../src/text/truncate.js";
import { ensureBuilt } from "./binary.js";
import { footer, HAS_TMUX, header, screenLines, startBinary } from "./tmux.js";

beforeAll(ensureBuilt, 120_000);

const relations = builtin() as unknown as Relations;

const flat = (screen: string) => screenLines(screen).join(" ").replace(/\s+/g, " ");

/** Every line of the screen within the width, and exactly `rows` of them. */
function fits(screen: string, columns: number, rows: number): void {
  const all = screenLines(screen);
  expect(all.length).toBeLessThanOrEqual(rows);
  for (const line of all) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
}

describe("barometer and brief (tmux)", () => {
  it("has tmux to drive the terminal", () => {
    expect(HAS_TMUX).toBe(true);
  });

  it.each([
    [80, 24],
    [200, 50],
  ])(
    "at %i×%i: South Korea's bars, b opens its brief with the caveat, l in German",
    async (columns, rows) => {
      const t = startBinary(["Südkorea"], columns, rows);
      await t.waitFor((s) => /^›country +South Korea/m.test(s));
      t.keys("Enter");
      let screen = await t.waitFor(
        (s) => header(s).includes("› South Korea") && footer(s).endsWith("q quit  ? help"),
      );
      fits(screen, columns, rows);
      // The footer names the key where it has room.
      if (columns >= 100) expect(footer(screen)).toContain("b brief");

      // The barometer's rows (filtered to them: they say "net"), as core counts them.
      t.type("/net");
      const b = barometer(relations, "KR", { by: "year" });
      const years = b.periods.filter((p) => p.party.total + p.about.total > 0);
      const last = years.at(-1);
      expect(last && last.party.conflict > 0 && last.party.cooperation > 0).toBe(true);
      const net = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");
      const row = `−${last?.party.conflict} +${last?.party.cooperation} · net ${net(last?.party.net ?? 0)}`;
      screen = await t.waitFor((s) => s.includes("› net▏") && s.includes(row));
      t.keys("Enter");
      // The filter kept (the box without its cursor), the list has the keys.
      screen = await t.waitFor((s) => s.includes("› net") && !s.includes("net▏"));
      fits(screen, columns, rows);
      const bars = screenLines(screen).filter((l) =>
        /^.\d{4} +→ +[█ ]*│[█ ]* −\d+ \+\d+ · net/.test(l),
      );
      expect(bars.length).toBe(years.length);
      const lastLine = bars.find((l) => l.slice(1).startsWith(last?.period ?? "-")) ?? "";
      // Conflict bars end at the axis, cooperation bars start after it.
      expect(lastLine).toMatch(/█│█/);
      expect(lastLine).toContain(row);

      // Esc clears the filter; then b opens the brief.
      t.keys("Escape");
      await t.waitFor((s) => s.includes("Facts") && !s.includes("› net"));
      t.type("b");
      const en = brief(relations, "KR", { lang: "en" });
      screen = await t.waitFor(
        (s) => header(s).includes("Brief: South Korea") && s.includes("Caveat"),
      );
      fits(screen, columns, rows);
      expect(screen).toContain(en.title);
      expect(flat(screen)).toContain(cleanLine(en.caveat.text).slice(0, 60));

      // l: the same brief in German.
      t.type("l");
      const de = brief(relations, "KR", { lang: "de" });
      screen = await t.waitFor((s) => s.includes(de.title) && s.includes("Vorbehalt"));
      fits(screen, columns, rows);
      expect(header(screen)).toContain("Brief: Südkorea");
      expect(flat(screen)).toContain(cleanLine(de.caveat.text).slice(0, 60));
      t.type("q");
      await t.waitFor((s) => s.includes("EXITED:0"));
    },
    60_000,
  );
});
