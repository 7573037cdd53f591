/**
 * Records whose text is markup, for the injection test build
 * (`vite build --mode injection`): the page must show them as text.
 */
import type { DatasetRecord } from "@korea-relations/core";

/** Markup that would run a script if it were ever parsed as HTML. */
export const PAYLOAD = `<img src=x onerror=alert(1)></script><script>alert(2)</script>`;

export const injectionRecords = [
  {
    type: "person",
    id: "injected-mallory",
    name: `Mallory ${PAYLOAD}`,
    aliases: [`<b>Mallory</b>`],
    nationality: ["KR"],
    description: { en: `Injected ${PAYLOAD}`, de: `Eingeschleust ${PAYLOAD}` },
    evidence: [{ source: "ffo-2020-08-10-strategic-dialogue", quote: PAYLOAD }],
  },
  {
    type: "topic",
    id: "injected-topic",
    label: { en: `Topic ${PAYLOAD}`, de: `Thema ${PAYLOAD}` },
    aliases: [],
    evidence: [{ source: "ffo-2020-08-10-strategic-dialogue", quote: `Topic ${PAYLOAD}` }],
  },
  {
    type: "event",
    id: "injected-event",
    kind: "meeting",
    title: { en: `Mallory meets ${PAYLOAD}`, de: `Mallory trifft ${PAYLOAD}` },
    summary: { en: `Summary ${PAYLOAD}`, de: `Zusammenfassung ${PAYLOAD}` },
    plover: { type: "CONSULT" },
    cameo: "04",
    date: {
      value: "2021-05",
      basis: "inferred",
      reason: { en: `Reason ${PAYLOAD}`, de: `Grund ${PAYLOAD}` },
    },
    status: "occurred",
    participants: [{ person: "injected-mallory" }],
    countries: ["KR", "DE"],
    subjects: [],
    organizations: [],
    topics: ["injected-topic"],
    evidence: [{ source: "ffo-2020-08-10-strategic-dialogue", quote: `Quote ${PAYLOAD}` }],
  },
] as const satisfies readonly DatasetRecord[];
