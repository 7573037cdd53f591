/**
 * Prints the size of every source's reading text and span map as they would
 * ship (JSON, then gzip and brotli at their highest levels), beside the
 * verbatim texts for scale. Run: `npx tsx src/readingTextSizes.ts` in
 * packages/dataset-build.
 */
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { sourceReadingTexts } from "./sourceReadingTexts.js";

const dataDir = fileURLToPath(new URL("../../../data", import.meta.url));
const sources = sourceReadingTexts(dataDir);
const sizes = (value: unknown) => {
  const bytes = Buffer.from(JSON.stringify(value));
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  return { json: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli };
};
const rows = sources.map(({ id, verbatim, reading }) => ({
  id,
  verbatim: sizes(verbatim).json,
  text: sizes(reading.text),
  map: sizes(reading.map.encode()),
  pieces: reading.map.encode().length / 2,
}));
for (const row of rows) {
  console.log(
    `${row.id.padEnd(46)} verbatim ${row.verbatim} B; reading text ${row.text.json} B (brotli ${row.text.brotli}); map ${row.pieces} pieces, ${row.map.json} B (brotli ${row.map.brotli})`,
  );
}
const all = Object.fromEntries(
  sources.map(({ id, reading }) => [
    id,
    {
      text: reading.text,
      map: reading.map.encode(),
      runs: reading.runs.map(({ start, position }) => [start, position]),
      links: reading.links.map(({ n, target, readingAnchor }) => ({ n, target, readingAnchor })),
    },
  ]),
);
const total = sizes(all);
const both = sizes(
  Object.fromEntries(sources.map(({ id, verbatim }) => [id, { verbatim, ...all[id] }])),
);
const verbatim = sizes(Object.fromEntries(sources.map(({ id, verbatim }) => [id, verbatim])));
console.log(
  `all five as one JSON module: ${total.json} B, gzip ${total.gzip} B, brotli ${total.brotli} B (the verbatim texts alone: ${verbatim.json} B, brotli ${verbatim.brotli} B; both in one module: brotli ${both.brotli} B)`,
);
