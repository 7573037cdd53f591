import type { SourcedEvidence } from "@korea-relations/core";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { truncate } from "../text/truncate.js";
import { wrapText } from "../text/wrapText.js";
import { useAppContext } from "./AppContext.js";
import { evidenceLines } from "./evidenceLines.js";
import type { Line } from "./Line.js";
import { ScrollView } from "./ScrollView.js";

export interface EvidencePaneProps {
  readonly title: string;
  /** How the fact is known, where the record says (`external: <reason>`), above the excerpts. */
  readonly note?: string;
  readonly evidence: readonly SourcedEvidence[];
  readonly width: number;
  readonly height: number;
  readonly selected: number;
  readonly focused: boolean;
  /** Only these cards (a filter). */
  readonly kept?: readonly number[];
  /** A line above the cards (the filter box). */
  readonly top?: React.ReactNode;
}

/** A titled list of evidence cards, scrolled to the selected one. */
export function EvidencePane({
  title,
  note,
  evidence,
  width,
  height,
  selected,
  focused,
  kept,
  top,
}: EvidencePaneProps) {
  const { color, lang, article } = useAppContext();
  // Each excerpt as its source's reading text shows it (no scrape remnants), where it has one.
  const excerpts = useMemo(
    () => evidence.map((item) => article(item.source)?.place(item)?.text || undefined),
    [evidence, article],
  );
  const noteLines = useMemo(
    (): Line[] => (note ? wrapText(note, width).map((text): Line => [{ text, tone: "warn" }]) : []),
    [note, width],
  );
  const { lines, ranges } = useMemo(
    () => evidenceLines(evidence, width, selected, focused, 12, kept, { lang, excerpts }),
    [evidence, width, selected, focused, kept, lang, excerpts],
  );
  const all = [...noteLines, ...(noteLines.length > 0 && lines.length > 0 ? [[]] : []), ...lines];
  const shift = all.length - lines.length;
  const range = ranges[selected];
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate-end">
        {truncate(`${focused ? "▶ " : ""}${title}`, width)}
      </Text>
      {top}
      {evidence.length === 0 && !note ? (
        <Text dimColor wrap="truncate-end">
          {truncate("No evidence recorded for this.", width)}
        </Text>
      ) : (
        <ScrollView
          lines={all}
          height={Math.max(0, height - 1 - (top ? 1 : 0))}
          {...(range ? { focus: [range[0] + shift, range[1] + shift] as const } : {})}
          color={color}
        />
      )}
    </Box>
  );
}
