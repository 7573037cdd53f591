/**
 * The ids of the records each record page links to, as the built page shows
 * them in Chromium: every `#/<type>/<id>` link in the page's main content
 * that is not inside a hidden element (a closed citation card). For comparing
 * the web page with `korea-relations show --json` and core's `relatedRecords`.
 *
 *   pnpm --filter @korea-relations/web build
 *   node apps/web/scripts/pageLinks.mjs > links.json     # { "<id>": ["<linked id>", …], … }
 *   node apps/web/scripts/pageLinks.mjs KR kuala-lumpur  # only these records
 */
import { writeSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { builtin, RECORD_TYPES } from "@korea-relations/core";
import { launchChromium } from "./launchChromium.mjs";
import { staticServer } from "./staticServer.mjs";

/**
 * Opens the record's page in `page` (already showing the app) by changing the
 * address, waits until it is drawn (and a source's article has loaded), and
 * returns the ids it links to by where the links are: `facts`, `head`,
 * `evidence`, `relation:<name>` (the section of a relation core names,
 * `data-relation`), or `other`.
 * @param {import("playwright-core").Page} page
 * @param {string} type
 * @param {string} id
 * @returns {Promise<Record<string, string[]>>}
 */
export async function pageLinkPlaces(page, type, id) {
  const hash = `#/${type}/${encodeURIComponent(id)}`;
  return page.evaluate(
    async ({ hash, types }) => {
      if (location.hash !== hash) {
        // The app draws the page in its own hashchange listener, registered before this one.
        const drawn = new Promise((done) => addEventListener("hashchange", done, { once: true }));
        location.hash = hash;
        await drawn;
      }
      await new Promise((done) => {
        const check = () =>
          document.querySelector("main[aria-busy], main [aria-busy=true]")
            ? setTimeout(check, 10)
            : done(null);
        check();
      });
      /** @type {Record<string, Set<string>>} */
      const places = {};
      for (const a of document.querySelectorAll("main a[href]")) {
        if (a.closest("[hidden]")) continue;
        const match = /^#\/([a-z]+)\/([^?#/]+)/.exec(a.getAttribute("href") ?? "");
        if (!match || !types.includes(match[1])) continue;
        const section = a.closest("section[data-relation]");
        const place = section
          ? `relation:${section.getAttribute("data-relation")}`
          : a.closest(".facts")
            ? "facts"
            : a.closest(".evidence")
              ? "evidence"
              : a.closest(".record-head")
                ? "head"
                : "other";
        places[place] ??= new Set();
        places[place].add(decodeURIComponent(match[2]));
      }
      return Object.fromEntries(
        Object.entries(places).map(([place, ids]) => [place, [...ids].sort()]),
      );
    },
    { hash, types: RECORD_TYPES },
  );
}

/**
 * The ids a record's page links to (outside closed citation cards), sorted.
 * @param {import("playwright-core").Page} page
 * @param {string} type
 * @param {string} id
 * @returns {Promise<string[]>}
 */
export async function pageLinks(page, type, id) {
  const places = await pageLinkPlaces(page, type, id);
  return [...new Set(Object.values(places).flat())].sort();
}

/**
 * Every record page's links, by record id, for the records given (default:
 * every record of the built-in dataset).
 * @param {import("playwright-core").Page} page a page showing the app
 * @param {readonly { type: string, id: string }[]} records
 * @returns {Promise<Record<string, string[]>>}
 */
export async function allPageLinks(page, records) {
  /** @type {Record<string, string[]>} */
  const out = {};
  for (const record of records) out[record.id] = await pageLinks(page, record.type, record.id);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = builtin();
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((id) => r.resolve(id)?.id !== id);
  if (unknown.length > 0) {
    console.error(`pageLinks: no record with the id ${JSON.stringify(unknown[0]).slice(0, 82)}`);
    process.exit(2);
  }
  const records = wanted.length === 0 ? r.dataset.records : wanted.map((id) => r.get(id));
  const dist = fileURLToPath(new URL("../dist", import.meta.url));
  const server = await staticServer(dist);
  const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}#/`);
    await page.locator("main h1").first().waitFor();
    const links = await allPageLinks(page, records);
    writeSync(1, `${JSON.stringify(links, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}
