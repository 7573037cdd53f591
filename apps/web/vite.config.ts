import { defineConfig, type Plugin } from "vite";
import { injectionRecords } from "./test/injectionRecords.js";

/**
 * The Content Security Policy of the built page: scripts and styles only from
 * the page's own origin (no inline scripts or styles), no network requests,
 * and Trusted Types enforced so no code path can assign HTML strings to the DOM.
 * One Trusted Types policy may exist, `search-worker`, which lets exactly the
 * search worker's script through. Added at build time only, so the dev server
 * (inline styles, HMR socket) works.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "worker-src 'self'",
  "connect-src 'none'",
  "font-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types search-worker",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CSP },
        injectTo: "head-prepend",
      },
    ],
  };
}

// `vite build --mode injection` (browser tests only) adds records whose text is markup.
export default defineConfig(({ mode }) => ({
  base: "./",
  define: {
    __TEST_RECORDS__: mode === "injection" ? JSON.stringify(injectionRecords) : "undefined",
  },
  plugins: [contentSecurityPolicy()],
  worker: { format: "es" },
  build: {
    target: "es2022",
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
}));
