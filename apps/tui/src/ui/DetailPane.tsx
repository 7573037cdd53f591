import { Box, Text } from "ink";
import { useMemo } from "react";
import type { Detail } from "../details/Detail.js";
import { cleanLine } from "../text/cleanText.js";
import { truncate } from "../text/truncate.js";
import { useAppContext } from "./AppContext.js";
import { detailLayout } from "./detailLines.js";
import { ScrollView } from "./ScrollView.js";

export interface DetailPaneProps {
  readonly detail: Detail;
  readonly width: number;
  readonly height: number;
  readonly selected: number;
  readonly focused: boolean;
  /** Mark the title with "▶" when focused (a pane beside another). */
  readonly markFocus?: boolean;
  /** Only these rows (a filter). */
  readonly kept?: ReadonlySet<number>;
  /** A line above the rows (the filter box). */
  readonly top?: React.ReactNode;
}

/** A record's title and kind, then its sections, scrolled to the selected row. */
export function DetailPane({
  detail,
  width,
  height,
  selected,
  focused,
  markFocus,
  kept,
  top,
}: DetailPaneProps) {
  const { color } = useAppContext();
  const layout = useMemo(() => detailLayout(detail, width, kept), [detail, width, kept]);
  const lines = useMemo(
    () => ({ length: layout.length, line: (i: number) => layout.line(i, selected, focused) }),
    [layout, selected, focused],
  );
  const range = layout.ranges.get(selected);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate-end">
        {truncate(`${markFocus && focused ? "▶ " : ""}${cleanLine(detail.title)}`, width)}
      </Text>
      <Text dimColor wrap="truncate-end">
        {truncate(cleanLine(`${detail.kind} · ${detail.id}`), width)}
      </Text>
      {top}
      <ScrollView
        lines={lines}
        height={Math.max(0, height - 2 - (top ? 1 : 0))}
        {...(range ? { focus: range } : {})}
        color={color}
      />
    </Box>
  );
}
