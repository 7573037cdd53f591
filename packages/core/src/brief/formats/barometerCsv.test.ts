import { describe, expect, it } from "vitest";
import { builtin } from "../../builtin.js";
import { QUAD_KEYS } from "../BarometerTypes.js";
import { barometer } from "../barometer.js";
import { barometerCsv } from "./barometerCsv.js";
import { barometerMarkdown } from "./barometerMarkdown.js";
import { briefJson } from "./briefJson.js";

describe("barometer formats", () => {
  const b = barometer(builtin(), "KR", "JP", { from: "2018", to: "2020" });

  it("CSV: one row per period and role with the counts and ids behind them", () => {
    const rows = barometerCsv(b).trimEnd().split("\r\n");
    expect(rows[0]).toBe(
      "period,precision,role,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,cooperation,conflict,net,event_ids",
    );
    expect(rows).toHaveLength(1 + 2 * b.periods.length);
    expect(rows).toContain(
      "2019,year,about,0,0,0,1,0,1,-1,2019-07-japan-tightens-export-controls-on-south-korea",
    );
    for (const [i, period] of b.periods.entries()) {
      const cells = rows[1 + 2 * i]?.split(",") ?? [];
      expect(cells.slice(0, 3)).toEqual([period.period, "year", "party"]);
      expect(cells.slice(3, 7).map(Number)).toEqual(QUAD_KEYS.map((k) => period.party[k]));
    }
  });

  it("CSV: a cell a spreadsheet would run as a formula is quoted as text", async () => {
    const { barometerCsv: csv } = await import("./barometerCsv.js");
    const forged = {
      ...b,
      periods: [{ ...b.periods[0], period: '=HYPERLINK("x")' }],
    } as unknown as typeof b;
    expect(csv(forged).split("\r\n")[1]?.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
  });

  it("Markdown: the caveat beside the tables, the formula and the ids", () => {
    const md = barometerMarkdown(b);
    expect(md.split("\n")[0]).toBe(`> **Caveat.** ${b.caveat}`);
    expect(md).toContain(
      "| 2019 | 0 | 0 | 0 | 1 | −1 | 2019-07-japan-tightens-export-controls-on-south-korea |",
    );
    expect(md).toContain(b.formula);
  });

  it("JSON: the same data back", () => {
    expect(JSON.parse(briefJson(b))).toEqual(b);
  });
});
