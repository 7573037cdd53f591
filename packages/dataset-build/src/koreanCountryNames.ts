/**
 * The reviewed Korean country names. A country's Korean name comes from
 * i18n-iso-countries; checked against two other offline sources,
 * world-countries' Korean translations and the CLDR names of Node's
 * `Intl.DisplayNames("ko")` (`npx tsx src/koreanNameCheck.ts` prints all
 * three), every name on which i18n-iso-countries and world-countries disagree
 * is reviewed here: overridden with a basis, or kept with a reason. The
 * replaced name stays an alias, so a search for it still finds the country.
 *
 * Spacing alone (아메리칸 사모아 / 아메리칸사모아) is no disagreement.
 */

export interface KoreanNameOverride {
  readonly name: string;
  /** Why this name, in one line. */
  readonly basis: string;
}

const AGREED = "world-countries and CLDR agree";
const COMMON =
  "the common name, like the English and German labels; world-countries and CLDR agree";

/** Korean names that replace i18n-iso-countries' name, by ISO alpha-2 code. */
export const KOREAN_NAME_OVERRIDES: Readonly<Record<string, KoreanNameOverride>> = {
  AE: { name: "아랍에미리트", basis: COMMON },
  AG: { name: "앤티가 바부다", basis: `standard transliteration; ${AGREED}` },
  AI: { name: "앵귈라", basis: `standard transliteration; ${AGREED}` },
  AQ: {
    name: "남극",
    basis:
      "i18n-iso-countries transliterates the English word (안타티카); world-countries has 남극, CLDR 남극 대륙",
  },
  CF: { name: "중앙아프리카 공화국", basis: `the full name, not only "Central Africa"; ${AGREED}` },
  CW: { name: "퀴라소", basis: `standard transliteration; ${AGREED}` },
  CY: { name: "키프로스", basis: `the name South Korea's foreign ministry uses; ${AGREED}` },
  CZ: { name: "체코", basis: COMMON },
  ET: { name: "에티오피아", basis: `standard spelling (not 이디오피아); ${AGREED}` },
  FK: { name: "포클랜드 제도", basis: `an archipelago (제도), not one island (섬); ${AGREED}` },
  FO: { name: "페로 제도", basis: `current term 제도 for 군도; ${AGREED}` },
  GE: {
    name: "조지아",
    basis: `the name South Korea has used since 2010 at Georgia's request (not 그루지아); ${AGREED}`,
  },
  GI: { name: "지브롤터", basis: `standard transliteration; ${AGREED}` },
  GL: { name: "그린란드", basis: `standard spelling; ${AGREED}` },
  GS: {
    name: "사우스조지아 사우스샌드위치 제도",
    basis: "both island groups, as in CLDR; world-countries' 조지아 names the country Georgia",
  },
  GW: { name: "기니비사우", basis: `standard transliteration; ${AGREED}` },
  HM: {
    name: "허드 맥도널드 제도",
    basis: `standard transliteration and current term 제도; ${AGREED}`,
  },
  IO: { name: "영국령 인도양 지역", basis: "CLDR's name; world-countries' 인도 names India" },
  KG: { name: "키르기스스탄", basis: `standard transliteration (not 키르키즈스탄); ${AGREED}` },
  KI: { name: "키리바시", basis: `standard transliteration (not 키르바시); ${AGREED}` },
  KY: { name: "케이맨 제도", basis: `an archipelago (제도), not one island (섬); ${AGREED}` },
  MF: { name: "생마르탱", basis: `the French name, not a gloss ("French part"); ${AGREED}` },
  MH: { name: "마셜 제도", basis: `standard transliteration and current term 제도; ${AGREED}` },
  MK: { name: "북마케도니아", basis: `the country's name since 2019; ${AGREED}` },
  MP: { name: "북마리아나 제도", basis: `current term 제도 for 군도; ${AGREED}` },
  PL: { name: "폴란드", basis: `standard spelling (not 폴랜드); ${AGREED}` },
  PM: {
    name: "생피에르 미클롱",
    basis: `standard transliteration; i18n-iso-countries' name is garbled; ${AGREED}`,
  },
  PN: { name: "핏케언 제도", basis: `current term 제도 for 군도; ${AGREED}` },
  PT: { name: "포르투갈", basis: `standard spelling (not 포르투칼); ${AGREED}` },
  RE: { name: "레위니옹", basis: `standard transliteration of Réunion; ${AGREED}` },
  RU: { name: "러시아", basis: COMMON },
  SB: {
    name: "솔로몬 제도",
    basis: `an archipelago (제도), not "Islands" transliterated; ${AGREED}`,
  },
  SJ: {
    name: "스발바르 얀마옌 제도",
    basis: "world-countries' standard transliteration; i18n-iso-countries' name is garbled",
  },
  ST: { name: "상투메 프린시페", basis: `standard transliteration; ${AGREED}` },
  SX: { name: "신트마르턴", basis: `standard transliteration of the Dutch name; ${AGREED}` },
  SZ: { name: "에스와티니", basis: `the country's name since 2018 (not 스와질란드); ${AGREED}` },
  TC: { name: "터크스 케이커스 제도", basis: `both island groups, not only Turks; ${AGREED}` },
  TK: { name: "토켈라우", basis: `standard transliteration; ${AGREED}` },
  TM: { name: "투르크메니스탄", basis: `standard transliteration; ${AGREED}` },
  TN: { name: "튀니지", basis: `standard name (not 튀니지아); ${AGREED}` },
  TR: {
    name: "튀르키예",
    basis:
      "the name South Korea's government has used since 2022, as in CLDR; world-countries keeps 터키",
  },
  TV: { name: "투발루", basis: `standard transliteration; ${AGREED}` },
  TW: {
    name: "대만",
    basis: `the common name, like the English "Taiwan", not 중화민국 (Republic of China); ${AGREED}`,
  },
  WF: {
    name: "왈리스 퓌튀나",
    basis: "world-countries' transliteration of the French name; CLDR has 왈리스-푸투나 제도",
  },
  ZW: { name: "짐바브웨", basis: COMMON },
};

/** Disagreements with world-countries on which i18n-iso-countries' name is kept, with the reason. */
export const KOREAN_NAMES_KEPT: Readonly<Record<string, string>> = {
  BQ: "보네르,신트유스타티우스,사바 names the three islands; world-countries and CLDR each coin a different collective name",
  DM: "도미니카 연방 (Commonwealth of Dominica) is right; world-countries' 도미니카 공화국 names the Dominican Republic",
  GG: "건지 is CLDR's name too; world-countries adds 섬 (island)",
  JE: "저지 is CLDR's name too; world-countries adds 섬 (island)",
  KP: "북한 is South Korea's name for North Korea, as in CLDR; world-countries has the North's own 조선",
  KR: "대한민국 is the official name South Korea uses, as in CLDR; world-countries has the short 한국",
  MN: "몽골 is CLDR's name too; world-countries has the official 몽골국",
  MS: "몬트세라트 is CLDR's name too; world-countries has 몬트세랫",
  NC: "뉴칼레도니아 is CLDR's name too; world-countries has the French-based 누벨칼레도니",
  TF: "프랑스 남부영토 is understandable; world-countries and CLDR each have a different long form",
  UM: "미국령 소군도 is understandable; world-countries and CLDR each have a different form",
};
