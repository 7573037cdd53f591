import type { LabelLanguage, Relations } from "@korea-relations/core";
import { labelText } from "../details/labelText.js";
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
      return truncate(labelText(relations, view.id, lang), 40);
    case "evidence":
      return `Evidence: ${truncate(labelText(relations, view.id, lang), 30)}`;
    case "timeline":
      return `Timeline: ${view.countries.map((c) => labelText(relations, c, lang)).join(" – ")}`;
    case "sources":
      return "Sources";
    case "reader":
      return `Reader: ${truncate(labelText(relations, view.source, lang), 30)}`;
  }
}
