import { type Child, h } from "./h.js";

/** One fact: its label, its value (rows without a value are left out) and citation markers. */
export type Fact = readonly [label: string, value: Child, marks?: HTMLElement | null];

const empty = (value: Child): boolean =>
  value === null ||
  value === undefined ||
  value === false ||
  value === "" ||
  (Array.isArray(value) && value.every(empty));

/** A record's facts as a description list. */
export function factList(facts: readonly Fact[]): HTMLElement | null {
  const rows = facts.filter(([, value]) => !empty(value));
  if (rows.length === 0) return null;
  return h(
    "dl",
    { class: "facts" },
    rows.map(([label, value, marks]) =>
      h("div", null, h("dt", null, label), h("dd", null, value, marks ? [" ", marks] : null)),
    ),
  );
}
