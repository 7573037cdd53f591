/**
 * In their own words: each quote verbatim, with its speaker (and office
 * then), date, the language it is printed in, whether the source translated
 * it, and the dataset's own translation where it has one, marked as such;
 * of more than `BRIEF_LIMITS.rows`, the most recent.
 */
import { type IdMap, LANGUAGE_NAMES } from "@korea-relations/model";
import { dateWords } from "../../dateWords.js";
import { type BriefContext, briefLine, heldOffice, labelOf, officeText } from "../BriefContext.js";
import type { BriefSection } from "../BriefTypes.js";
import { BRIEF_LIMITS, lastOf, omittedOf } from "../briefLimits.js";
import { quoteRendering } from "../recordFields.js";

export function quotesSection<I extends IdMap>(ctx: BriefContext<I>): BriefSection<I> {
  const { words, lang, relations } = ctx;
  const { kept, left } = lastOf(ctx.quotes, BRIEF_LIMITS.rows);
  const lines = kept.map((quote) => {
    const date = dateWords(quote.date, ctx.lang, "short");
    const speakerRecord = relations.get(quote.speaker);
    const office =
      speakerRecord.type === "person" ? heldOffice(ctx, quote.speaker, quote.date) : undefined;
    const speaker = office
      ? `${labelOf(ctx, quote.speaker)} (${officeText(ctx, office)})`
      : labelOf(ctx, quote.speaker);
    const text = words.quote(quote.text);
    const language = `${LANGUAGE_NAMES[quote.language][lang]}${quote.translated ? `, ${words.translatedBySource}` : ""}`;
    const rendering = quoteRendering(quote, lang);
    const translation =
      rendering === undefined ? "" : `${words.quote(rendering)} (${words.renderingBy})`;
    return briefLine(
      ctx,
      `${speaker}, ${date}: ${text} (${language})${translation ? ` — ${translation}` : ""}.`,
      [date, speaker, text, language, translation],
      [
        { record: quote },
        { record: quote, field: "date" },
        ...(office ? [{ record: office }] : []),
      ],
    );
  });
  return {
    id: "quotes",
    layout: "list",
    heading: words.sections.quotes,
    columns: words.columns.quotes,
    lines,
    empty: words.empty.quotes,
    ...omittedOf(ctx, left, lines),
  };
}
