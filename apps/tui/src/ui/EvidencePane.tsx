import type { SourcedEvidence } from "@korea-relations/core";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { truncate } from "../text/truncate.js";
import { useAppContext } from "./AppContext.js";
import { evidenceLines } from "./evidenceLines.js";
import { ScrollView } from "./ScrollView.js";

export interface EvidencePaneProps {
  readonly title: string;
  readonly evidence: readonly SourcedEvidence[];
  readonly width: number;
  readonly height: number;
  readonly selected: number;
  readonly focused: boolean;
}

/** A titled list of evidence cards, scrolled to the selected one. */
export function EvidencePane({
  title,
  evidence,
  width,
  height,
  selected,
  focused,
}: EvidencePaneProps) {
  const { color } = useAppContext();
  const { lines, ranges } = useMemo(
    () => evidenceLines(evidence, width, selected, focused),
    [evidence, width, selected, focused],
  );
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate-end">
        {truncate(`${focused ? "▶ " : ""}${title}`, width)}
      </Text>
      {evidence.length === 0 ? (
        <Text dimColor wrap="truncate-end">
          {truncate("No evidence recorded for this.", width)}
        </Text>
      ) : (
        <ScrollView
          lines={lines}
          height={Math.max(0, height - 1)}
          {...(ranges[selected] ? { focus: ranges[selected] } : {})}
          color={color}
        />
      )}
    </Box>
  );
}
