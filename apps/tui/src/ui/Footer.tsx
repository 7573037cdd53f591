import { Box, Text } from "ink";
import { displayWidth, truncate } from "../text/truncate.js";
import { useAppContext } from "./AppContext.js";
import { footerHints } from "./footerHints.js";
import type { Action, KeyContext } from "./keyBindings.js";

/**
 * The keys that work where the focus is (from the key definition), cut to
 * the width, with the keys that quit and open the help always shown on the
 * right; a message from the app replaces the hints until the next key.
 */
export function Footer({
  context,
  disabled,
  width,
}: {
  readonly context: KeyContext;
  readonly disabled?: ReadonlySet<Action>;
  readonly width: number;
}) {
  const { message, color } = useAppContext();
  if (message) {
    return (
      <Box width={width} height={1}>
        <Text wrap="truncate-end" bold {...(color ? { color: "yellow" } : {})}>
          {truncate(`! ${message}`, width)}
        </Text>
      </Box>
    );
  }
  const { hints, fixed } = footerHints(context, disabled);
  const help = fixed.map((hint) => hint.join(" ")).join("  ");
  const room = Math.max(0, width - displayWidth(help) - 2);
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
