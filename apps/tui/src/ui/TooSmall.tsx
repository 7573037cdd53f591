import { Box, Text } from "ink";
import { wrapText } from "../text/wrapText.js";
import { useAppContext } from "./AppContext.js";

/** The smallest size the UI is drawn at; below it, this screen. */
export const MIN_SIZE = { columns: 40, rows: 12 };

/**
 * In place of the UI when the terminal is smaller than it can be drawn in:
 * what size it is and needs. Ctrl-C, Ctrl-Q or q quits; the UI comes back
 * as it was when the terminal grows.
 */
export function TooSmall({ columns, rows }: { readonly columns: number; readonly rows: number }) {
  const { nav, keys } = useAppContext();
  keys.setHandler((input, key) => {
    if ((key.ctrl && (input === "c" || input === "q")) || (input === "q" && !key.ctrl && !key.meta))
      nav.quit();
  });
  const width = Math.max(1, columns);
  const text = `Terminal too small: ${columns}×${rows}. korea-relations needs at least ${MIN_SIZE.columns}×${MIN_SIZE.rows}. Make it larger, or press q to quit.`;
  const lines = wrapText(text, width).slice(0, Math.max(1, rows));
  return (
    <Box flexDirection="column" width={width} height={Math.max(1, rows)}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one text, identified by place
        <Text key={i} wrap="truncate-end" bold={i === 0}>
          {line}
        </Text>
      ))}
    </Box>
  );
}
