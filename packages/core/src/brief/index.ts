/**
 * `@korea-relations/core/brief`: a cited brief and a cooperation–conflict
 * barometer of any country or pair, over any dataset's query API, with
 * Markdown, HTML, JSON and CSV renderings. Kept out of the main entry so that
 * the main bundle does not grow.
 */
export { type QuadClass, quadClass } from "@korea-relations/model";
export {
  type Barometer,
  type BarometerOptions,
  type BarometerPeriod,
  QUAD_KEYS,
  type QuadCounts,
  type QuadKey,
} from "./BarometerTypes.js";
export {
  type BasisMark,
  BRIEF_SECTIONS,
  type Brief,
  type BriefOptions,
  type BriefSection,
  type BriefSectionId,
  type Footnote,
  type Line,
} from "./BriefTypes.js";
export { barometer } from "./barometer.js";
export { brief } from "./brief.js";
export { BRIEF_LIMITS } from "./briefLimits.js";
export { barometerCsv } from "./formats/barometerCsv.js";
export { barometerMarkdown } from "./formats/barometerMarkdown.js";
export { briefHtml } from "./formats/briefHtml.js";
export { briefJson } from "./formats/briefJson.js";
export { briefMarkdown } from "./formats/briefMarkdown.js";
export { type FootnoteParts, footnoteParts } from "./formats/footnoteParts.js";
export type { BriefFormatOptions } from "./formats/sourceHref.js";
