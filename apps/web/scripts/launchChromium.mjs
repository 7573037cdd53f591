/**
 * Starts Debian's Chromium (not a downloaded browser) through playwright-core,
 * headless, with a fresh profile and no background traffic.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Throws, saying how to install it, when Chromium is missing. */
export function assertChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package: ` +
        "`apt-get update && apt-get install -y chromium` (as root), or set CHROMIUM_PATH.",
    );
  }
}

/**
 * A browser context in a fresh profile; `close()` ends the browser and removes the profile.
 * @param {import("playwright-core").BrowserContextOptions} [options]
 */
export async function launchChromium(options = {}) {
  assertChromium();
  const profile = await mkdtemp(join(tmpdir(), "korea-relations-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
