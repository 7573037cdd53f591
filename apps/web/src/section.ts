import { type Child, h } from "./h.js";

let counter = 0;

/** A titled section of a page; `null` when it has nothing to show. */
export function section(title: string, content: Child, count?: number): HTMLElement | null {
  if (content === null || content === undefined || content === false) return null;
  const id = `s${++counter}`;
  return h(
    "section",
    { "aria-labelledby": id },
    h("h2", { id }, title, count === undefined ? null : h("span", { class: "count" }, ` ${count}`)),
    content,
  );
}
