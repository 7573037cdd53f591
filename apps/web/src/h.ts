/**
 * Builds DOM elements. Every string child becomes a text node and every
 * attribute is set with `setAttribute`, so data is never parsed as HTML.
 */

export type Child = Node | string | number | false | null | undefined | readonly Child[];
type Value = string | number | boolean | null | undefined;
export type Attrs = Record<string, Value | ((event: Event) => void)>;

const SAFE_URL = /^(#|\.\/|https?:\/\/)/;

/** Appends `child` (strings as text, arrays item by item, nothing for `null`…) to `parent`. */
export function append(parent: Node, child: Child): void {
  if (child === false || child === null || child === undefined) return;
  if (Array.isArray(child)) {
    for (const item of child as readonly Child[]) append(parent, item);
  } else if (typeof child === "string" || typeof child === "number") {
    parent.appendChild(document.createTextNode(String(child)));
  } else parent.appendChild(child as Node);
}

function apply(element: Element, attrs: Attrs | null | undefined): void {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (typeof value === "function") {
      element.addEventListener(name.slice(2).toLowerCase(), value);
      continue;
    }
    if (value === false || value === null || value === undefined) continue;
    const text = value === true ? "" : String(value);
    if ((name === "href" || name === "src") && !SAFE_URL.test(text)) {
      throw new Error(`Refusing unsafe URL in ${name}`);
    }
    element.setAttribute(name, text);
  }
}

/** An HTML element with attributes (`onclick`… for listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  apply(element, attrs);
  append(element, children);
  return element;
}

/** An SVG element with attributes and children. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS("http://www.w3.org/2000/svg", tag);
  apply(element, attrs);
  append(element, children);
  return element;
}
