import type { ContentPosition, LabelLanguage } from "@korea-relations/core";

/** Where on its page a passage stands, in the UI's language. */
const POSITION_WORDS: Readonly<Record<LabelLanguage, Readonly<Record<ContentPosition, string>>>> = {
  en: {
    headline: "headline",
    teaser: "teaser",
    caption: "caption",
    tag: "tag",
    link: "link list",
    credit: "credit",
    body: "body text",
  },
  de: {
    headline: "Schlagzeile",
    teaser: "Anreißer",
    caption: "Bildunterschrift",
    tag: "Schlagwort",
    link: "Linkliste",
    credit: "Nennung",
    body: "Fließtext",
  },
};

/** A page position in words (`caption`, `Bildunterschrift`); an unknown one as given. */
export function positionText(position: ContentPosition, lang: LabelLanguage): string {
  return POSITION_WORDS[lang]?.[position] ?? String(position);
}
