import type { LabelLanguage, Relations } from "@korea-relations/core";
import { labelOfId } from "../details/labelOf.js";
import { cleanLine } from "../text/cleanText.js";
import { truncate } from "../text/truncate.js";
import type { View } from "./View.js";

/** A short name of a view, for the breadcrumb. */
export function viewTitle(
  view: View,
  relations: Relations,
  lang: LabelLanguage,
  query = "",
): string {
  switch (view.kind) {
    case "search":
      return query.trim() ? `Search “${truncate(cleanLine(query), 24)}”` : "Search";
    case "detail":
      return truncate(labelOfId(relations, view.id, lang), 40);
    case "evidence":
      return `Evidence: ${truncate(labelOfId(relations, view.id, lang), 30)}`;
    case "timeline":
      return `Timeline: ${view.countries.map((c) => labelOfId(relations, c, lang)).join(" – ")}`;
    case "sources":
      return "Sources";
    case "reader":
      return `Reader: ${truncate(labelOfId(relations, view.source, lang), 30)}`;
  }
}
