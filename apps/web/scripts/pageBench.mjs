/**
 * The page's speed benchmark (not a test), in Debian's Chromium on the built
 * page, at full speed and with the CPU slowed 4× (Chrome's own throttling):
 *
 * - **load**: from navigation to the view drawn (home: its chart; timeline:
 *   its chart), to interactive (the end of the last long task before a quiet
 *   window of `QUIET` ms), and the longest task, per address;
 * - **typing**: real key presses into the search box, 110 ms apart; for each
 *   keystroke, the time from its `input` event to the frame after the results
 *   for what was typed are in the page (`.results[data-query]`), and every
 *   long task while typing;
 * - **your own data** (`BENCH_DATA=file`): opening that file through the
 *   page's file picker, the time until its home page is drawn, then typing
 *   and the long tasks after the load.
 *
 * Each figure comes with an anchor measured in the same page and the same
 * throttling: a fixed piece of JavaScript (JSON-parsing and walking the
 * page's own records, 5 times), so that a slow machine shows as a slow anchor.
 *
 * Run after `vite build` (`pnpm --filter @korea-relations/web bench`);
 * `BENCH_RUNS` loads per address (default 5), `BENCH_RATES` (default "1,4"),
 * `BENCH_PARTS` (default "load,typing,data"), `BENCH_PAGES` (a comma-separated
 * list of words: only the pages after a file load whose address holds one).
 */
import { fileURLToPath } from "node:url";
import { launchChromium } from "./launchChromium.mjs";
import { staticServer } from "./staticServer.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RATES = (process.env.BENCH_RATES ?? "1,4").split(",").map(Number);
const DATA = process.env.BENCH_DATA;
/** Which parts to run: `load`, `typing` (built-in data) and, with `BENCH_DATA`, `data`. */
const PARTS = new Set((process.env.BENCH_PARTS ?? "load,typing,data").split(","));
/** A page is interactive after a quiet window this long (no task over 50 ms). */
const QUIET = 2000;
/** Between key presses: a fast typist. */
const KEY_DELAY = 110;

const QUERIES = [
  "Kang Kyung-wha",
  "강경화",
  "Südkorea",
  "Strategischer Dialog",
  "strategic dialogue",
  "Ishiba",
  "Lee Jae Myung",
  "Gipfeltreffen in Tokio",
  "intelligence sharing",
  "15bn",
  "10 August 2020",
  "Taurus",
  "xyzzy",
];
/** Typed into a 100k-event dataset: names and words the synthetic generator uses. */
const DATA_QUERIES = ["kimlee", "park", "Japan", "Korea 2001", "minseo", "xyzzy"];
/** Pages visited after typing into it, each with a selector its drawn page holds. */
const DATA_PAGES = [
  ["#/country/KR", "main article h1"],
  ["#/timeline", "main svg.timeline"],
  ["#/timeline?country=JP&group=partner", "main svg.timeline"],
  ["#/person/person-1", "main article h1"],
  ["#/place/place-1", "main article h1"],
  ["#/topic/topic-1", "main article h1"],
  ["#/event/event-1", "main article h1"],
  ["#/organization/org-1", "main article h1"],
  ["#/search?q=park", ".search-results .results[data-query]"],
  ["#/brief/KR", "main h1"],
  ["#/network", "main h1"],
  ["#/browse/person", "main .hits li"],
  ["#/source/synthetic", "main article h1"],
].filter(
  ([hash]) =>
    !process.env.BENCH_PAGES ||
    process.env.BENCH_PAGES.split(",").some((word) => hash.includes(word)),
);

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
};
const ms = (n) => `${Math.round(n)} ms`;

/** Installed before the page's scripts: long tasks, and the time a selector first matches. */
const OBSERVE = () => {
  const bench = { longTasks: [], seen: {} };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
  bench.when = (selector) =>
    new Promise((done) => {
      const check = () => {
        if (document.querySelector(selector)) {
          done(performance.now());
          return true;
        }
        return false;
      };
      if (check()) return;
      const observer = new MutationObserver(() => {
        if (check()) observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    });
  // Typing: each input event's time and value; each results' frame.
  bench.keys = [];
  bench.frames = [];
  document.addEventListener(
    "input",
    (event) => {
      if (event.target?.id === "q") bench.keys.push([event.timeStamp, event.target.value]);
    },
    true,
  );
  let last = "";
  const watch = new MutationObserver(() => {
    const shown = document.querySelector(".search-results .results[data-query]");
    const query = shown?.getAttribute("data-query") ?? "";
    if (!shown || query === last) return;
    last = query;
    // The frame that shows them: after the next animation frame's paint.
    requestAnimationFrame(() => setTimeout(() => bench.frames.push([performance.now(), query])));
  });
  addEventListener("DOMContentLoaded", () =>
    watch.observe(document.body, { childList: true, subtree: true, attributes: true }),
  );
};

/** A fixed piece of work, timed in the page: the anchor. */
const anchor = (page) =>
  page.evaluate(() => {
    const text = JSON.stringify(
      Array.from({ length: 20000 }, (_, i) => ({ id: `r${i}`, n: i, t: ["a", "b"] })),
    );
    const start = performance.now();
    let sum = 0;
    for (let i = 0; i < 5; i++) for (const r of JSON.parse(text)) sum += r.n + r.t.length;
    return sum > 0 ? performance.now() - start : Number.NaN;
  });

/** The built page to measure (`BENCH_DIST` another build, to compare two in one run). */
const dist = process.env.BENCH_DIST ?? fileURLToPath(new URL("../dist", import.meta.url));
const server = await staticServer(dist);
const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });

/** A fresh page with the observers and the CPU slowed `rate`×, its cache off. */
async function freshPage(rate) {
  const page = await browser.context.newPage();
  await page.addInitScript(OBSERVE);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  return page;
}

/** Long tasks that end after `from`: [start, duration]. */
const tasksAfter = (page, from) =>
  page.evaluate((t) => window.__bench.longTasks.filter(([s, d]) => s + d > t), from);

/** Interactive: the end of the last long task after `drawn` that a quiet window follows. */
function interactive(drawn, tasks) {
  let end = drawn;
  for (const [start, duration] of [...tasks].sort((a, b) => a[0] - b[0])) {
    if (start > end + QUIET) break;
    end = Math.max(end, start + duration);
  }
  return end;
}

async function load(hash, selector, rate) {
  const page = await freshPage(rate);
  await page.goto(`${server.url}${hash}`);
  const drawn = await page.evaluate((s) => window.__bench.when(s), selector);
  await page.waitForTimeout(QUIET + 500);
  const tasks = await tasksAfter(page, 0);
  const result = {
    drawn,
    interactive: interactive(drawn, tasks),
    longest: Math.max(0, ...tasks.map(([, d]) => d)),
    anchor: await anchor(page),
  };
  await page.close();
  return result;
}

/** Types each query (clearing the box between), returning keystroke → frame times. */
async function type(page, queries) {
  const input = page.locator("#q");
  await input.click();
  const from = await page.evaluate(() => performance.now());
  await page.evaluate(() => {
    window.__bench.keys.length = 0;
    window.__bench.frames.length = 0;
  });
  for (const query of queries) {
    await input.fill("");
    await page.waitForTimeout(300);
    // A character at a time: Playwright types a character the keyboard layout
    // lacks ("ü", Hangul) as inserted text and sends the next key at once.
    for (const char of query) {
      await page.keyboard.type(char);
      await page.waitForTimeout(KEY_DELAY);
    }
    await page.waitForFunction(
      (q) => document.querySelector(".search-results .results")?.getAttribute("data-query") === q,
      query.trim(),
      { timeout: 60_000 },
    );
    await page.waitForTimeout(300);
  }
  const { keys, frames } = await page.evaluate(() => window.__bench);
  // Each keystroke's wait: until the first frame showing its results or a later keystroke's.
  const waits = [];
  /** What was typed at each timed keystroke (for the slowest). */
  const typedValues = [];
  let superseded = 0;
  let same = 0;
  for (const [i, [time, value]] of keys.entries()) {
    if (value.trim() === "") continue;
    // A space at the end asks nothing new: the results shown are already its own.
    if (i > 0 && keys[i - 1]?.[1].trim() === value.trim()) {
      same++;
      continue;
    }
    const later = new Set(keys.slice(i).map(([, v]) => v.trim()));
    const frame = frames.find(([t, q]) => t >= time && later.has(q));
    if (!frame) continue;
    if (frame[1] !== value.trim()) superseded++;
    waits.push(frame[0] - time);
    typedValues.push(value.trim());
  }
  const tasks = await tasksAfter(page, from);
  const slowest = waits
    .map((wait, i) => [wait, typedValues[i]])
    .sort((a, b) => b[0] - a[0])
    .slice(0, 8)
    .map(([wait, value]) => `"${value}" ${wait.toFixed(0)}`)
    .join(", ");
  return { waits, superseded, same, tasks, slowest };
}

const report = [];
const line = (text) => {
  report.push(text);
  console.log(text);
};

try {
  line(
    `Page speed, Chromium (built page, 1280×800, ${RUNS} loads per address, quiet window ${QUIET} ms):`,
  );
  for (const rate of RATES) {
    const cpu = rate === 1 ? "full speed" : `CPU slowed ${rate}×`;
    for (const [name, hash, selector] of PARTS.has("load")
      ? [
          ["home", "#/", "main svg rect.year-bar"],
          ["timeline", "#/timeline", "main svg.timeline .mark"],
        ]
      : []) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await load(hash, selector, rate));
      const drawn = stats(runs.map((r) => r.drawn));
      const ready = stats(runs.map((r) => r.interactive));
      const longest = stats(runs.map((r) => r.longest));
      const base = stats(runs.map((r) => r.anchor));
      line(
        `  ${cpu}, ${name}: drawn ${ms(drawn.median)} (max ${ms(drawn.max)}), interactive ${ms(ready.median)} (max ${ms(ready.max)}), longest task ${ms(longest.median)} (max ${ms(longest.max)}); anchor ${ms(base.median)}`,
      );
    }
    if (!PARTS.has("typing")) continue;
    const page = await freshPage(rate);
    await page.goto(`${server.url}#/`);
    await page.locator("main h1").waitFor();
    const base = await anchor(page);
    const typed = await type(page, QUERIES);
    const s = stats(typed.waits);
    const over = (limit) => typed.tasks.filter(([, d]) => d > limit).length;
    line(
      `  ${cpu}, typing (${s.n} keystrokes): keystroke → results on screen median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms; within a frame (16.7 ms) ${((100 * typed.waits.filter((t) => t <= 16.7).length) / Math.max(1, s.n)).toFixed(0)} %; ${typed.superseded} answered by a later keystroke, ${typed.same} asking nothing new (a space); long tasks ${typed.tasks.length} (over 50 ms), ${over(100)} over 100 ms, longest ${ms(Math.max(0, ...typed.tasks.map(([, d]) => d)))}; anchor ${ms(base)}`,
    );
    line(`    slowest keystrokes (ms): ${typed.slowest}`);
    await page.close();
  }

  if (DATA && PARTS.has("data")) {
    for (const rate of RATES) {
      const cpu = rate === 1 ? "full speed" : `CPU slowed ${rate}×`;
      const page = await freshPage(rate);
      await page.goto(`${server.url}#/open`);
      await page.locator("#open-file").waitFor({ state: "attached" });
      const base = await anchor(page);
      const start = await page.evaluate(() => performance.now());
      await page.locator("#open-file").setInputFiles(DATA);
      await page.waitForSelector(".data-banner:not([hidden])", { timeout: 600_000 });
      const drawn = await page.evaluate((s) => window.__bench.when(s), "main svg rect.year-bar");
      const loadTasks = await tasksAfter(page, start);
      const after = await page.evaluate(() => performance.now());
      // Search is ready when a query gets its results (the worker builds its index meanwhile).
      await page.locator("#q").fill("a");
      await page.waitForFunction(
        () =>
          document.querySelector(".search-results .results")?.getAttribute("data-query") === "a",
        null,
        { timeout: 600_000 },
      );
      const ready = await page.evaluate(() => performance.now());
      const typed = await type(page, DATA_QUERIES);
      // Pages a reader opens next: a country with thousands of events, the
      // timeline (all and one country's), a person, a place, a topic, an event,
      // an organization, search results, the brief, the network, a list.
      const visits = [];
      for (const [hash, selector] of DATA_PAGES) {
        const from = await page.evaluate(() => performance.now());
        await page.evaluate((h) => {
          window.__bench.shown = document.querySelector("main")?.firstElementChild;
          location.hash = h;
        }, hash);
        // Drawn: a new view in place, nothing loading, the page's own mark in it.
        await page.waitForFunction(
          (s) =>
            document.querySelector("main")?.firstElementChild !== window.__bench.shown &&
            !document.querySelector("main[aria-busy]") &&
            document.querySelector(s) !== null,
          selector,
          { timeout: 600_000 },
        );
        await page.waitForTimeout(500);
        const to = await page.evaluate(() => performance.now());
        const tasks = await tasksAfter(page, from);
        visits.push(
          `${hash} ${ms(to - from - 500)} (longest task ${ms(Math.max(0, ...tasks.map(([, d]) => d)))})`,
        );
      }
      const afterTasks = await tasksAfter(page, after);
      const s = stats(typed.waits);
      line(
        `  ${cpu}, your own data (${DATA.split(/[\\/]/).at(-1)}): opened and drawn in ${ms(drawn - start)} (longest task ${ms(Math.max(0, ...loadTasks.map(([, d]) => d)))}); search ready ${ms(ready - start)} after the file was picked; typing (${s.n} keystrokes) median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms; pages: ${visits.join(", ")}; after the load: long tasks ${afterTasks.length}, ${afterTasks.filter(([, d]) => d > 200).length} over 200 ms, longest ${ms(Math.max(0, ...afterTasks.map(([, d]) => d)))}; anchor ${ms(base)}`,
      );
      line(
        `    slowest keystrokes (ms): ${typed.slowest}; long tasks while typing ${typed.tasks.length}, longest ${ms(Math.max(0, ...typed.tasks.map(([, d]) => d)))}`,
      );
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
