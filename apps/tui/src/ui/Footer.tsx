import { Box, Text } from "ink";
import { displayWidth, truncate } from "../text/truncate.js";
import { useAppContext } from "./AppContext.js";

/** A key and what it does, for the footer. */
export type Hint = readonly [key: string, action: string];

/**
 * The key hints of the current screen, cut to the width with "? help"
 * always shown; a message from the app replaces the hints until the next key.
 */
export function Footer({
  hints,
  width,
}: {
  readonly hints: readonly Hint[];
  readonly width: number;
}) {
  const { message, color } = useAppContext();
  const help = "? help";
  const room = Math.max(0, width - displayWidth(help) - 2);
  if (message) {
    return (
      <Box width={width} height={1}>
        <Text wrap="truncate-end" bold {...(color ? { color: "yellow" } : {})}>
          {truncate(`! ${message}`, width)}
        </Text>
      </Box>
    );
  }
  const text = truncate(hints.map(([key, action]) => `${key} ${action}`).join("  "), room);
  return (
    <Box width={width} height={1} justifyContent="space-between">
      <Text wrap="truncate-end" dimColor>
        {text}
      </Text>
      <Text bold>{width > displayWidth(help) ? help : ""}</Text>
    </Box>
  );
}
