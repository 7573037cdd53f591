/**
 * The built page served on 127.0.0.1 and Debian's Chromium, for the browser
 * tests: every request any page makes is recorded, and pages fail the test on
 * script errors and dialogs.
 */
import type { BrowserContextOptions, Page } from "playwright-core";
import { launchChromium } from "../scripts/launchChromium.mjs";
import { staticServer } from "../scripts/staticServer.mjs";

export interface Harness {
  /** The page's address, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  /** Every request made by any page so far. */
  readonly requests: string[];
  /** Script errors and dialogs (`alert`…) seen so far. */
  readonly problems: string[];
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function harness(dir: string, options: BrowserContextOptions = {}): Promise<Harness> {
  const server = await staticServer(dir);
  const browser = await launchChromium({ viewport: { width: 1280, height: 800 }, ...options });
  const requests: string[] = [];
  const problems: string[] = [];
  return {
    url: server.url,
    requests,
    problems,
    async newPage(viewport) {
      const page = await browser.context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      // Every new tab starts in the default language (English); reloads keep a chosen one.
      await page.addInitScript(() => {
        if (sessionStorage.getItem("fresh-tab") === null) {
          sessionStorage.setItem("fresh-tab", "no");
          localStorage.removeItem("korea-relations-lang");
        }
      });
      page.on("request", (request) => requests.push(request.url()));
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console error: ${message.text()}`);
      });
      page.on("dialog", (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
