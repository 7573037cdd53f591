import { Box, Text } from "ink";
import { useMemo } from "react";
import type { Detail } from "../details/Detail.js";
import { cleanLine } from "../text/cleanText.js";
import { truncate } from "../text/truncate.js";
import { useAppContext } from "./AppContext.js";
import { detailLines } from "./detailLines.js";
import { ScrollView } from "./ScrollView.js";

export interface DetailPaneProps {
  readonly detail: Detail;
  readonly width: number;
  readonly height: number;
  readonly selected: number;
  readonly focused: boolean;
  /** Mark the title with "▶" when focused (a pane beside another). */
  readonly markFocus?: boolean;
}

/** A record's title and kind, then its sections, scrolled to the selected row. */
export function DetailPane({
  detail,
  width,
  height,
  selected,
  focused,
  markFocus,
}: DetailPaneProps) {
  const { color } = useAppContext();
  const { lines, ranges } = useMemo(
    () => detailLines(detail, width, selected, focused),
    [detail, width, selected, focused],
  );
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate-end">
        {truncate(`${markFocus && focused ? "▶ " : ""}${cleanLine(detail.title)}`, width)}
      </Text>
      <Text dimColor wrap="truncate-end">
        {truncate(cleanLine(`${detail.kind} · ${detail.id}`), width)}
      </Text>
      <ScrollView
        lines={lines}
        height={Math.max(0, height - 2)}
        {...(ranges[selected] ? { focus: ranges[selected] } : {})}
        color={color}
      />
    </Box>
  );
}
