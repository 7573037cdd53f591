import { Box, Text } from "ink";
import { useMemo } from "react";
import { fieldEvidence } from "../details/fieldEvidence.js";
import { labelOfId } from "../details/labelOf.js";
import { cleanKeepingOffsets } from "../text/cleanText.js";
import { useAppContext } from "./AppContext.js";
import { EvidencePane } from "./EvidencePane.js";
import { Footer, type Hint } from "./Footer.js";
import { moveSelection } from "./moveSelection.js";
import { type PaneSide, Panes } from "./Panes.js";
import { passageContext } from "./passageContext.js";
import { ScrollView } from "./ScrollView.js";
import type { ScreenProps } from "./SearchScreen.js";
import { useRemembered } from "./useRemembered.js";
import { useScreenKeys } from "./useScreenKeys.js";

/**
 * The evidence of a record (or of one of its fields): each verbatim excerpt
 * with its source's publisher, title, date and language; beside it when
 * wide, the excerpt in the context of its article. Enter opens the reader there.
 */
export function EvidenceView({
  id,
  field,
  memoryKey,
  width,
  height,
  isActive,
}: ScreenProps & { readonly id: string; readonly field?: string }) {
  const { relations, sourceText, lang, nav, color } = useAppContext();
  const [selected, setSelected] = useRemembered(`${memoryKey}:selected`, 0);
  const [pane, setPane] = useRemembered<PaneSide>(`${memoryKey}:pane`, "left");
  const evidence = useMemo(() => {
    try {
      return fieldEvidence(relations.evidenceFor(id), field);
    } catch {
      return [];
    }
  }, [relations, id, field]);
  const index = Math.min(selected, Math.max(0, evidence.length - 1));
  const item = evidence[index];

  const open = () => {
    if (item)
      nav.push({ kind: "reader", source: item.source, ...(item.span ? { at: item.span[0] } : {}) });
    else nav.notify("No evidence to open.");
  };

  useScreenKeys({
    isActive,
    onKey(input, key) {
      if (key.tab) {
        setPane(pane === "left" ? "right" : "left");
        return true;
      }
      const moved = moveSelection(input, key, index, evidence.length, 3);
      if (moved !== undefined) {
        setSelected(moved);
        return true;
      }
      if (key.return) {
        open();
        return true;
      }
      if (input === "e") return true; // already here
      return false;
    },
    evidence: () => ({ id, ...(field ? { field } : {}) }),
    timeline: () => undefined,
  });

  const hints: Hint[] = [
    ["↑↓", "move"],
    ["⏎", "read in source"],
    ["esc", "back"],
    ["tab", "context"],
    ["/", "search"],
    ["q", "quit"],
  ];
  const title = `Evidence for ${labelOfId(relations, id, lang)}${field ? ` (${field})` : ""}: ${evidence.length} excerpt${evidence.length === 1 ? "" : "s"}`;

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Panes
        width={width}
        height={height - 1}
        focus={pane}
        ratio={0.5}
        left={(w, h) => (
          <EvidencePane
            title={title}
            evidence={evidence}
            width={w}
            height={h}
            selected={index}
            focused={pane === "left"}
          />
        )}
        right={(w, h) => {
          const text = item ? sourceText(item.source) : undefined;
          if (!item || text === undefined || !item.span) {
            return <Text dimColor>{item ? "The article's text is not available." : ""}</Text>;
          }
          const lines = passageContext(cleanKeepingOffsets(text), item.span, w, h - 1);
          return (
            <Box flexDirection="column" width={w} height={h}>
              <Text bold wrap="truncate-end">
                In context (⏎ opens the reader)
              </Text>
              <ScrollView lines={lines} height={h - 1} color={color} />
            </Box>
          );
        }}
      />
      <Footer hints={hints} width={width} />
    </Box>
  );
}
