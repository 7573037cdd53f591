/**
 * A barometer as CSV (RFC 4180): one row per period and role (`party`,
 * `about`), counts by quad class, cooperation, conflict, net and the event
 * ids behind them (`;`-separated). Cells that a spreadsheet would read as a
 * formula (`=`, `+`, `-`, `@` first) are prefixed with `'`.
 */
import type { IdMap } from "@korea-relations/model";
import { type Barometer, QUAD_KEYS } from "../BarometerTypes.js";

const HEADER = [
  "period",
  "precision",
  "role",
  "verbal_cooperation",
  "material_cooperation",
  "verbal_conflict",
  "material_conflict",
  "cooperation",
  "conflict",
  "net",
  "event_ids",
];

const cell = (value: string | number) => {
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function barometerCsv<I extends IdMap>(barometer: Barometer<I>): string {
  const rows = [HEADER.join(",")];
  for (const period of barometer.periods) {
    for (const role of ["party", "about"] as const) {
      const c = period[role];
      rows.push(
        [
          period.period,
          period.precision,
          role,
          ...QUAD_KEYS.map((key) => c[key]),
          c.cooperation,
          c.conflict,
          c.net,
          QUAD_KEYS.flatMap((key) => c.events[key]).join(";"),
        ]
          .map(cell)
          .join(","),
      );
    }
  }
  return `${rows.join("\r\n")}\r\n`;
}
