/**
 * Sums of money in words: the one way the web page, the TUI and the brief
 * write an agreement's value. Written by hand, as `numberWords` is, rather
 * than with `Intl.NumberFormat`'s compact currencies: those load locale data
 * on a page's first use, write `€15.0B` where a source says `€15 billion`,
 * and a German `Mrd.` that readers of a table must expand.
 */
import { LABEL_LANGUAGES, type LabelLanguage, quoted, typeName } from "@korea-relations/model";
import { member } from "./arguments.js";
import { numberWords } from "./numberWords.js";

/** A sum a source gives only roughly. */
const APPROX: Record<LabelLanguage, string> = { en: "approx.", de: "ca." };

/** English writes these currencies as a sign before the number; any other as its code. */
const SIGNS: Readonly<Record<string, string>> = {
  EUR: "€",
  USD: "$",
  GBP: "£",
  JPY: "¥",
  KRW: "₩",
};

/** German writes these currencies' names after the number; any other as its code. */
const NAMES: Readonly<Record<string, string>> = {
  EUR: "Euro",
  USD: "US-Dollar",
  GBP: "Pfund",
  JPY: "Yen",
  KRW: "Won",
};

/** Scale words from the largest: the power of ten and the English, German singular and plural. */
const SCALES = [
  { power: 12, en: "trillion", de: ["Billion", "Billionen"] },
  { power: 9, en: "billion", de: ["Milliarde", "Milliarden"] },
  { power: 6, en: "million", de: ["Million", "Millionen"] },
] as const;

/** Decimals kept of a sum written with a scale word (`€1.235 billion`) and of a smaller one. */
const SCALED_DIGITS = 3;
const PLAIN_DIGITS = 2;

/**
 * A sum of money (an agreement's `value`) in words in `lang` (default
 * English): a million and more with its scale word, as sources and newspapers
 * write it (`€15 billion`, `15 Milliarden Euro`, never `€15.0B`), a smaller
 * sum in digits (`€950,000`); up to three decimals of the scale word, and
 * `approx.` (`ca.`) before a sum the source gives only roughly. English puts
 * the sign of the euro, dollar, pound, yen and won before the number, German
 * their names after it; any other currency is written as its ISO code
 * (`CHF 2.5 million`, `2,5 Millionen CHF`).
 *
 * @example
 * amountWords({ amount: 15_000_000_000, currency: "EUR", approx: true }); // "approx. €15 billion"
 * amountWords({ amount: 16_200_000_000, currency: "USD" }, "de"); // "16,2 Milliarden US-Dollar"
 * amountWords({ amount: 950_000, currency: "KRW" }); // "₩950,000"
 * amountWords({ amount: 2_500_000, currency: "CHF" }, "de"); // "2,5 Millionen CHF"
 * @throws TypeError when `amount` is not `{ amount: number, currency: string, approx?: boolean }`;
 *   RangeError for a negative or infinite amount, a currency that is no
 *   three-letter ISO 4217 code, or a `lang` that is no label language (naming
 *   the nearest).
 */
export function amountWords(
  amount: { readonly amount: number; readonly currency: string; readonly approx?: boolean },
  lang: LabelLanguage = "en",
): string {
  if (typeof amount !== "object" || amount === null || Array.isArray(amount)) {
    throw new TypeError(
      `amountWords(amount) must be an object { amount, currency, approx? }, got ${typeName(amount)}`,
    );
  }
  const { amount: n, currency, approx } = amount;
  if (typeof n !== "number") {
    throw new TypeError(`amountWords(amount).amount must be a number, got ${typeName(n)}`);
  }
  if (typeof currency !== "string") {
    throw new TypeError(`amountWords(amount).currency must be a string, got ${typeName(currency)}`);
  }
  if (approx !== undefined && typeof approx !== "boolean") {
    throw new TypeError(`amountWords(amount).approx must be a boolean, got ${typeName(approx)}`);
  }
  const language = member(lang, LABEL_LANGUAGES, "amountWords(lang)");
  if (!(n >= 0) || n === Number.POSITIVE_INFINITY) {
    throw new RangeError(`amountWords(amount).amount must be 0 or more and finite, got ${n}`);
  }
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw new RangeError(
      `amountWords(amount).currency ${quoted(currency)} is no ISO 4217 code (three capital letters, like "EUR")`,
    );
  }
  const number = sum(n + 0, language); // -0 → 0
  const text =
    language === "en"
      ? SIGNS[currency] !== undefined
        ? `${SIGNS[currency]}${number}`
        : `${currency} ${number}`
      : `${number} ${NAMES[currency] ?? currency}`;
  return approx ? `${APPROX[language]} ${text}` : text;
}

/** The number of a sum: with its scale word from a million up (`15 billion`), else in digits. */
function sum(n: number, lang: LabelLanguage): string {
  const i = SCALES.findIndex((scale) => n >= 10 ** scale.power);
  const scale = SCALES[i];
  if (scale === undefined) return numberWords(n, lang, PLAIN_DIGITS);
  const scaled = numberWords(n / 10 ** scale.power, lang, SCALED_DIGITS);
  // Rounded up into the next scale (999,999,999 → 1,000 million): 1 of the next.
  const larger = SCALES[i - 1];
  if (larger && scaled === numberWords(1000, lang)) return sum(10 ** larger.power, lang);
  if (lang === "en") return `${scaled} ${scale.en}`;
  return `${scaled} ${scaled === "1" ? scale.de[0] : scale.de[1]}`;
}
