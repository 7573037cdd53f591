/**
 * Links from footnotes to the web page's source reader:
 * `<base>#/source/<id>?at=<start>`. The base is the page's address: `""`
 * for a brief shown inside the page, a relative path (`./`, `../`, `/`) or
 * an http(s) URL; anything else (a `javascript:` URL…) is a `RangeError`.
 */
import { typeName } from "@korea-relations/model";
import { optionsObject } from "../../arguments.js";
import type { Footnote } from "../BriefTypes.js";

/** Options of every brief format. */
export interface BriefFormatOptions {
  /**
   * Address of the web page whose source reader the footnotes link to
   * (`#/source/<id>?at=<start>`); without it, footnotes carry no links.
   */
  readonly sourceLinks?: string;
}

const BASE = /^(?:$|#|\.{1,2}\/|\/(?!\/)|https?:\/\/[^\s"'<>\\]+$)/i;

/** The checked base, or undefined without one. */
export function sourceLinkBase(options: unknown, name: string): string | undefined {
  const base = optionsObject(options, `${name}(options)`, ["sourceLinks"]).sourceLinks;
  if (base === undefined) return undefined;
  if (typeof base !== "string") {
    throw new TypeError(`${name}(options).sourceLinks must be a string, got ${typeName(base)}`);
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are refused.
  if (!BASE.test(base) || /[\u0000-\u001f\u007f\s]/.test(base)) {
    throw new RangeError(
      `${name}(options).sourceLinks must be "", a relative path or an http(s) address, got ${JSON.stringify(base.slice(0, 80))}`,
    );
  }
  return base;
}

/** The link to a footnote's passage in the web page's source reader. */
export function sourceHref(base: string, footnote: Footnote): string {
  const at = footnote.span ? `?at=${footnote.span[0]}` : "";
  return `${base.replace(/#.*$/, "")}#/source/${encodeURIComponent(footnote.source)}${at}`;
}
