import { Box, Text } from "ink";
import { useState } from "react";
import { displayWidth, fitWidth, truncate } from "../text/truncate.js";
import { useAppContext } from "./AppContext.js";
import { KEY_HELP } from "./keyHelp.js";
import type { Line } from "./Line.js";
import { ScrollView } from "./ScrollView.js";

/** Every key, over the current screen; Esc, ? or q closes it. */
export function HelpOverlay({
  width,
  height,
}: {
  readonly width: number;
  readonly height: number;
}) {
  const { nav, color, keys } = useAppContext();
  const [start, setStart] = useState(0);
  keys.setHandler((input, key) => {
    if (key.ctrl && input === "c") nav.quit();
    else if (key.downArrow || key.name === "wheeldown" || (key.ctrl && input === "n"))
      setStart((s) => s + 1);
    else if (key.upArrow || key.name === "wheelup" || (key.ctrl && input === "p"))
      setStart((s) => Math.max(0, s - 1));
    else if (key.pageDown || input === " ") setStart((s) => s + Math.max(1, height - 2));
    else if (key.pageUp) setStart((s) => Math.max(0, s - Math.max(1, height - 2)));
    else if (
      key.escape ||
      key.return ||
      key.backspace ||
      key.delete ||
      input === "?" ||
      input === "q"
    )
      nav.toggleHelp();
  });
  const keyWidth = Math.min(
    28,
    Math.max(...KEY_HELP.flatMap((group) => group.keys.map(([key]) => displayWidth(key)))),
  );
  const lines: Line[] = [];
  for (const group of KEY_HELP) {
    if (lines.length > 0) lines.push([]);
    lines.push([{ text: group.title, bold: true, tone: "accent" }]);
    for (const [key, action] of group.keys) {
      lines.push([{ text: `  ${fitWidth(key, keyWidth)}  `, bold: true }, { text: action }]);
    }
  }
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate-end">
        {truncate("Keys (↑↓ scroll · Esc, ? or q closes)", width)}
      </Text>
      <ScrollView lines={lines} height={height - 1} start={start} color={color} />
    </Box>
  );
}
