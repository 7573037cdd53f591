/**
 * Amounts and quantities as people write them: "648", "1,000", "16.2",
 * "15bn", "15 billion", "15 Mrd", "15 Milliarden", "3.5m". Values are compared
 * after rounding to 9 significant digits.
 */

/** Words that scale the number before them ("15 billion", "15 Mrd"). */
const WORDS = {
  thousand: 1e3,
  thousands: 1e3,
  tausend: 1e3,
  tsd: 1e3,
  million: 1e6,
  millions: 1e6,
  mio: 1e6,
  mn: 1e6,
  millionen: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  mrd: 1e9,
  milliarde: 1e9,
  milliarden: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  tn: 1e12,
  billionen: 1e12,
};
const SCALES = new Map<string, number>(Object.entries(WORDS));
/** Suffixes glued to a number ("15bn", "3k"). */
const SUFFIXES = new Map<string, number>([...SCALES, ["k", 1e3], ["m", 1e6], ["b", 1e9]]);

/** Currency words dropped beside an amount ("15 billion euros"). */
export const CURRENCY_WORDS = new Set(
  "eur euro euros usd dollar dollars us krw won jpy yen cny yuan renminbi gbp pound pounds".split(
    " ",
  ),
);

const NUMBER_WITH_SUFFIX = /^(\d+(?:\.\d+)?)([a-z]*)$/;

/** The key amounts are compared by. */
export function amountKey(value: number): number {
  return Number(value.toPrecision(9));
}

/**
 * The amount a canonical word stands for: "648" → 648, "16.2" → 16.2,
 * "15bn" → 15e9; `undefined` for other words ("57th", "k2").
 */
export function tokenAmount(token: string): number | undefined {
  const first = token.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return undefined;
  const match = NUMBER_WITH_SUFFIX.exec(token);
  if (!match) return undefined;
  const scale = match[2] === "" ? 1 : SUFFIXES.get(match[2] as string);
  return scale === undefined ? undefined : amountKey(Number(match[1]) * scale);
}

/** The factor of a scaling word ("billion" → 1e9), `undefined` for other words. */
export function scaleWord(token: string): number | undefined {
  return SCALES.get(token);
}
