import { describe, expect, it } from "vitest";
import { builtin } from "../../builtin.js";
import { brief } from "../brief.js";
import { briefHtml } from "./briefHtml.js";
import { hostileBrief } from "./hostileBrief.js";

describe("briefHtml", () => {
  const b = brief(builtin(), "DE", "KR", { lang: "de" });
  const html = briefHtml(b);

  it("is one self-contained document: inline styles, no scripts, no external references", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="de">')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain("@media print");
  });

  it("puts the caveat first and links every line to footnotes that exist", () => {
    expect(html.indexOf('class="caveat"')).toBeLessThan(html.indexOf("<section"));
    const targets = new Set([...html.matchAll(/href="#fn-(\d+)"/g)].map((m) => Number(m[1])));
    const ids = new Set([...html.matchAll(/<li id="fn-(\d+)">/g)].map((m) => Number(m[1])));
    expect([...targets].sort((x, y) => x - y)).toEqual(b.footnotes.map((f) => f.n));
    expect(ids).toEqual(targets);
    for (const s of b.sections) expect(html).toContain(`<section id="${s.id}">`);
    // Each excerpt carries the language of its source.
    expect(html).toContain('<q lang="en">');
  });

  it("links footnotes to the source reader of the web page when served with it", () => {
    const linked = briefHtml(b, { sourceLinks: "./" });
    const note = b.footnotes[0];
    expect(linked).toContain(`<a href="./#/source/${note?.source}?at=${note?.span?.[0]}"><q`);
    expect(() => briefHtml(b, { sourceLinks: "data:text/html,x" })).toThrow(RangeError);
    expect(() => briefHtml(b, { sourceLinks: 'https://x.org/"onclick=' })).toThrow(RangeError);
  });

  it("escapes every text a record brings", () => {
    const hostile = briefHtml(hostileBrief("de"));
    expect(hostile).not.toMatch(/<script|<img|onerror=alert\(2\)>/);
    expect(hostile).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(hostile).toContain("&lt;img src=x onerror=alert(2)&gt;");
  });
});
