/**
 * A text cut to at most `max` characters at a word boundary, with "…" where
 * cut (never inside a word or a name); short texts as they are.
 */
export function shortText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(" ", max - 1);
  const head = (cut > max / 2 ? clean.slice(0, cut) : clean.slice(0, max - 1)).replace(
    /[\s,;:.–-]+$/,
    "",
  );
  return `${head}…`;
}
