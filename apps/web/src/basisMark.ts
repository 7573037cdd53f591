import type { Basis, LabelLanguage, Reason } from "@korea-relations/core";
import { h } from "./h.js";
import type { Messages } from "./messages.js";

/**
 * A visible mark for a value that is not stated by a source: `inferred`
 * (derived from the sources) or `external` (public knowledge), with the reason.
 */
export function basisMark(
  value: { readonly basis: Basis; readonly reason?: Reason },
  m: Messages,
  lang: LabelLanguage,
): HTMLElement | null {
  if (value.basis === "stated") return null;
  return h(
    "span",
    { class: `basis basis-${value.basis}` },
    h("span", { class: "badge" }, m.basis[value.basis]),
    value.reason ? h("span", { class: "reason" }, value.reason[lang]) : null,
  );
}
