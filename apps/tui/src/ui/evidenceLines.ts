import type { LabelLanguage, SourcedEvidence } from "@korea-relations/core";
import { positionText } from "../details/positionText.js";
import { sourceLine } from "../format/renderDetail.js";
import { cleanLine } from "../text/cleanText.js";
import { wrapText } from "../text/wrapText.js";
import { type Line, padLine, styleLine } from "./Line.js";

/** How evidence cards read: the UI's language, and each excerpt as its reading text shows it. */
export interface EvidenceWords {
  readonly lang?: LabelLanguage;
  /** Excerpt i in clean form (from its source's reading text), where known; else its verbatim quote. */
  readonly excerpts?: readonly (string | undefined)[];
}

/**
 * Evidence as cards: the excerpt (clean where `excerpts` gives it, wrapped,
 * at most `maxLines` lines), then where on its page it stands (caption,
 * teaser… in `lang`) and its source's publisher, title, date and language.
 * The selected card is marked "›" (inverse when `focused`); with `kept`,
 * only those cards. `ranges[i]` is the first and last line of card i (kept ones).
 */
export function evidenceLines(
  evidence: readonly SourcedEvidence[],
  width: number,
  selected: number,
  focused: boolean,
  maxLines = 12,
  kept?: readonly number[],
  words: EvidenceWords = {},
): { lines: Line[]; ranges: [number, number][] } {
  const lang = words.lang ?? "en";
  const lines: Line[] = [];
  const ranges: [number, number][] = [];
  const shown = kept ?? evidence.map((_, i) => i);
  for (const index of shown) {
    const item = evidence[index];
    if (!item) continue;
    const isSelected = index === selected;
    const first = lines.length;
    const number = `${index + 1}. `;
    const indent = 1 + number.length;
    const quote = words.excerpts?.[index] ?? item.quote;
    let excerpt = wrapText(`“${cleanLine(quote)}”`, Math.max(8, width - indent));
    const where = item.position ? `${positionText(item.position, lang)} · ` : "";
    if (excerpt.length > maxLines) excerpt = [...excerpt.slice(0, maxLines - 1), "…"];
    const card: Line[] = [
      ...excerpt.map(
        (text, i): Line =>
          i === 0
            ? [
                { text: isSelected ? "›" : " ", bold: true },
                { text: number, tone: "dim" },
                { text },
              ]
            : [{ text: " ".repeat(indent) }, { text }],
      ),
      ...wrapText(`— ${where}${sourceLine(item)}`, Math.max(8, width - indent)).map(
        (text): Line => [{ text: " ".repeat(indent) }, { text, tone: "dim" }],
      ),
    ];
    for (const line of card) {
      lines.push(
        isSelected
          ? styleLine(padLine(line, width), focused ? { inverse: true } : { bold: true })
          : line,
      );
    }
    ranges[index] = [first, lines.length - 1];
    lines.push([]);
  }
  return { lines, ranges };
}
