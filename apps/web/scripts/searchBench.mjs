/**
 * Search latency benchmark (not a test): in Debian's Chromium, types queries
 * into the built page's search field one character at a time and measures,
 * in the page, from the `input` event to the results being in the DOM and
 * laid out (search in core, grouping, rendering, forced layout). A frame at
 * 60 Hz is 16.7 ms. Also times the core `search` alone in Node.
 * Run after `vite build` (`pnpm --filter @korea-relations/web bench`).
 */
import { fileURLToPath } from "node:url";
import { builtin } from "@korea-relations/core";
import { launchChromium } from "./launchChromium.mjs";
import { staticServer } from "./staticServer.mjs";

const QUERIES = [
  "Kang Kyung-wha",
  "Kyung-wha Kang",
  "강경화",
  "Südkorea",
  "Suedkorea",
  "Strategischer Dialog",
  "strategic dialogue",
  "Ishiba",
  "Lee Jae Myung",
  "Gipfeltreffen in Tokio",
  "intelligence sharing",
  "Zwangsarbeit",
  "ROK",
  "Taurus",
  "xyzzy",
];

const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
};
const fmt = (s) =>
  `${s.n} keystrokes: median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, max ${s.max.toFixed(2)} ms`;

const dist = fileURLToPath(new URL("../dist", import.meta.url));
const server = await staticServer(dist);
const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
try {
  const page = await browser.context.newPage();
  // Each round on a freshly loaded page (empty result cache), after the idle-time index
  // build; each distinct prefix is timed once per round, so no timing is a cache hit.
  const round = async () => {
    await page.goto(`${server.url}#/`);
    await page.reload();
    await page.locator("main h1").waitFor();
    await page.waitForTimeout(2500);
    return page.evaluate((list) => {
      const input = document.getElementById("q");
      const seen = new Set();
      const times = [];
      for (const query of list) {
        for (let i = 1; i <= query.length; i++) {
          const prefix = query.slice(0, i);
          if (seen.has(prefix)) continue;
          seen.add(prefix);
          const start = performance.now();
          input.value = prefix;
          input.dispatchEvent(new Event("input", { bubbles: true }));
          void document.body.offsetHeight; // force style and layout
          times.push(performance.now() - start);
        }
      }
      return times;
    }, QUERIES);
  };
  const times = [];
  let first = 0;
  for (let i = 0; i < 5; i++) {
    const run = await round();
    first = Math.max(first, run[0] ?? 0);
    times.push(...run);
  }
  console.log("Search keystroke to rendered results, in Chromium (built page, 1280×800):");
  console.log(`  first keystroke after load (slowest of 5 loads): ${first.toFixed(2)} ms`);
  console.log(`  ${fmt(stats(times))}`);
  console.log(
    `  within one frame (16 ms): ${((100 * times.filter((t) => t <= 16).length) / times.length).toFixed(1)} %`,
  );

  const r = builtin();
  r.search("warm up");
  const core = [];
  for (let round = 0; round < 5; round++) {
    for (const query of QUERIES) {
      for (let i = 1; i <= query.length; i++) {
        const start = performance.now();
        r.search(query.slice(0, i), { limit: 40, lang: "en" });
        core.push(performance.now() - start);
      }
    }
  }
  console.log(`Core search alone, in Node ${process.version}: ${fmt(stats(core))}`);
} finally {
  await browser.close();
  await server.close();
}
