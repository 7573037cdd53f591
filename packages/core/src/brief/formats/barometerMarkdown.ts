/**
 * A barometer as Markdown: the caveat beside it, one table per role (events
 * taken part in, events about), the formula, and the event ids of each row.
 */
import type { IdMap } from "@korea-relations/model";
import { numberWords } from "../../numberWords.js";
import { type Barometer, QUAD_KEYS } from "../BarometerTypes.js";

import { BRIEF_WORDS } from "../briefWords.js";
import { signed } from "../sections/barometerSections.js";
import { escapeInline, escapeMarkdown } from "./escapeMarkdown.js";

export function barometerMarkdown<I extends IdMap>(barometer: Barometer<I>): string {
  const words = BRIEF_WORDS[barometer.lang];
  const out = [
    `> **${escapeMarkdown(words.caveatLabel)}.** ${escapeMarkdown(barometer.caveat)}`,
    "",
  ];
  for (const role of ["party", "about"] as const) {
    const id = role === "party" ? "barometer" : "barometerAbout";
    out.push(`## ${escapeMarkdown(words.sections[id])}`, "");
    const rows = barometer.periods.filter((p) => p[role].total > 0);
    if (rows.length === 0) {
      out.push(`*${escapeMarkdown(words.empty[id])}*`, "");
      continue;
    }
    out.push(`| ${words.columns[id].map(escapeInline).join(" | ")} | ids |`);
    out.push(
      `|${words.columns[id].map((_, i) => (i === 0 ? " --- |" : " ---: |")).join("")} --- |`,
    );
    for (const period of rows) {
      const c = period[role];
      const ids = QUAD_KEYS.flatMap((key) => c.events[key])
        .map(escapeMarkdown)
        .join(", ");
      out.push(
        `| ${[period.period, ...QUAD_KEYS.map((key) => numberWords(c[key], barometer.lang)), signed(c.net, barometer.lang), ids].join(" | ")} |`,
      );
    }
    out.push("");
  }
  out.push(`*${escapeMarkdown(barometer.formula)}*`);
  return `${out.join("\n")}\n`;
}
