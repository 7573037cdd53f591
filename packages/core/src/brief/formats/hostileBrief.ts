/**
 * Test data: a brief over the fixture with markup in every text a record
 * brings (titles, names, quotes, excerpts, reasons), to show that no format
 * lets it through as markup.
 */
import type { DatasetRecord } from "@korea-relations/model";
import { fixture } from "@korea-relations/model/fixtures";
import { createRelations } from "../../createRelations.js";
import type { Brief } from "../BriefTypes.js";
import { brief } from "../brief.js";

export const HOSTILE = `<script>alert(1)</script> *x* _y_ [a](javascript:alert(1)) | \`c\` &amp; <img src=x onerror=alert(2)>`;

export function hostileBrief(lang: "en" | "de" = "en"): Brief {
  const records = fixture.map((record): DatasetRecord => {
    if (record.id === "2025-summit") {
      return {
        ...record,
        title: { en: `# ${HOSTILE}`, de: `- ${HOSTILE}` },
        date: { ...record.date, reason: { en: HOSTILE, de: HOSTILE } },
        evidence: [{ source: "src-b", quote: `Gipfel ${HOSTILE}` }],
      };
    }
    if (record.id === "ishiba-neighbours") return { ...record, text: `1. ${HOSTILE}` };
    if (record.id === "ishiba-shigeru") return { ...record, name: `# ${HOSTILE} Ishiba` };
    return record;
  });
  return brief(createRelations(records), "KR", "JP", { lang });
}
