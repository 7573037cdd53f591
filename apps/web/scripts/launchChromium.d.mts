import type { BrowserContext, BrowserContextOptions } from "playwright-core";

export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: readonly string[];
/** Throws, saying how to install it, when Chromium is missing. */
export declare function assertChromium(): void;
/** A browser context in a fresh profile; `close()` ends the browser and removes the profile. */
export declare function launchChromium(
  options?: BrowserContextOptions,
): Promise<{ context: BrowserContext; close: () => Promise<void> }>;
