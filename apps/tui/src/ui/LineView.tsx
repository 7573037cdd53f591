import { Text } from "ink";
import type { Tone } from "../details/Detail.js";
import { type Line, lineText } from "./Line.js";

const TONE_COLORS: Record<Tone, string | undefined> = {
  normal: undefined,
  dim: undefined,
  accent: "cyan",
  warn: "yellow",
};

/**
 * One screen line. Colours are drawn only with `color`; bold, dim, underline
 * and inverse always, so meaning never rests on colour alone.
 */
export function LineView({ line, color }: { readonly line: Line; readonly color: boolean }) {
  if (line.length === 0) return <Text> </Text>;
  if (
    line.length === 1 &&
    !line[0]?.tone &&
    !line[0]?.bold &&
    !line[0]?.inverse &&
    !line[0]?.underline
  )
    return <Text wrap="truncate-end">{lineText(line) || " "}</Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((segment, i) => (
        <Text
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity but their place
          key={i}
          {...(color && (segment.color ?? TONE_COLORS[segment.tone ?? "normal"])
            ? { color: segment.color ?? TONE_COLORS[segment.tone ?? "normal"] }
            : {})}
          dimColor={segment.tone === "dim"}
          bold={segment.bold === true}
          inverse={segment.inverse === true}
          underline={segment.underline === true}
        >
          {segment.text}
        </Text>
      ))}
    </Text>
  );
}
