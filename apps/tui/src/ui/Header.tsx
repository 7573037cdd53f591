import { Box, Text } from "ink";
import { displayWidth, truncateStart } from "../text/truncate.js";

/** The app's name and where you are (the history as a breadcrumb), and the label language. */
export function Header({
  trail,
  lang,
  width,
  color,
}: {
  readonly trail: readonly string[];
  readonly lang: string;
  readonly width: number;
  readonly color: boolean;
}) {
  const name = "korea-relations";
  const right = ` ${lang.toUpperCase()}`;
  const room = Math.max(0, width - displayWidth(name) - displayWidth(right) - 3);
  const path = truncateStart(trail.join(" › "), room);
  return (
    <Box width={width} height={1} justifyContent="space-between">
      <Text wrap="truncate-end">
        <Text bold {...(color ? { color: "cyan" } : {})}>
          {name}
        </Text>
        <Text>{path ? ` › ${path}` : ""}</Text>
      </Text>
      <Text dimColor>{right}</Text>
    </Box>
  );
}
