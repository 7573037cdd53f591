import { Box, Text } from "ink";
import { useState } from "react";
import { displayWidth, fitWidth, truncate } from "../text/truncate.js";
import { useAppContext } from "./AppContext.js";
import { KEY_GROUPS } from "./keyBindings.js";
import type { Line } from "./Line.js";
import { ScrollView } from "./ScrollView.js";
import { useScreenKeys } from "./useScreenKeys.js";

/** Every key, from the key definition, over the current screen; Esc, ?, q or F1 closes it. */
export function HelpOverlay({
  width,
  height,
}: {
  readonly width: number;
  readonly height: number;
}) {
  const { nav, color } = useAppContext();
  const [start, setStart] = useState(0);
  const page = Math.max(1, height - 2);
  const keyWidth = Math.min(
    28,
    Math.max(...KEY_GROUPS.flatMap((group) => group.bindings.map((b) => displayWidth(b.label)))),
  );
  const lines: Line[] = [];
  for (const group of KEY_GROUPS) {
    if (lines.length > 0) lines.push([]);
    lines.push([{ text: group.title, bold: true, tone: "accent" }]);
    for (const binding of group.bindings) {
      lines.push([
        { text: `  ${fitWidth(binding.label, keyWidth)}  `, bold: true },
        { text: binding.does },
      ]);
    }
  }
  // The last start that shows the last line (below the "↑ n more" cue).
  const last = Math.max(0, lines.length - (height - 2));
  useScreenKeys({
    isActive: true,
    context: "help",
    onAction(action) {
      if (action === "scroll-down" || action === "move-down")
        setStart((s) => Math.min(last, s + 1));
      else if (action === "scroll-up" || action === "move-up") setStart((s) => Math.max(0, s - 1));
      else if (action === "page-down") setStart((s) => Math.min(last, s + page));
      else if (action === "page-up") setStart((s) => Math.max(0, s - page));
      else if (action === "close-help") nav.toggleHelp();
      else return false;
      return true;
    },
  });
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate-end">
        {truncate("Keys (↑↓ scroll · Esc, ? or q closes)", width)}
      </Text>
      <ScrollView lines={lines} height={height - 1} start={start} color={color} />
    </Box>
  );
}
