import { Box, Text } from "ink";
import { useMemo } from "react";
import { basisText } from "../details/dateText.js";
import { labelText } from "../details/labelText.js";
import { sourceLine } from "../format/renderDetail.js";
import { useAppContext } from "./AppContext.js";
import { EvidencePane } from "./EvidencePane.js";
import { FilterBox, showsFilter } from "./FilterBox.js";
import { Footer } from "./Footer.js";
import type { Action, KeyContext } from "./keyBindings.js";
import { moveInList, shownSelection } from "./moveInList.js";
import { type PaneSide, Panes } from "./Panes.js";
import { passageContext } from "./passageContext.js";
import { ScrollView } from "./ScrollView.js";
import type { ScreenProps } from "./SearchScreen.js";
import { useListFilter } from "./useListFilter.js";
import { useRemembered } from "./useRemembered.js";
import { useScreenKeys } from "./useScreenKeys.js";
import type { View } from "./View.js";

/**
 * The evidence of a record (or of one of its fields, by core's rule): each
 * verbatim excerpt with its source's publisher, title, date and language;
 * beside it when wide, the excerpt in the context of its article. Enter
 * opens the reader there. A fact known from outside the sources (`external`)
 * shows its reason instead of excerpts.
 */
export function EvidenceView({
  id,
  field,
  basis,
  external,
  memoryKey,
  width,
  height,
  isActive,
}: ScreenProps & Omit<Extract<View, { kind: "evidence" }>, "kind">) {
  const { relations, article, lang, nav, color } = useAppContext();
  // The reason follows the UI's language (`l`).
  const note = basis ? basisText(basis, lang) : undefined;
  const [selected, setSelected] = useRemembered(`${memoryKey}:selected`, 0);
  const [pane, setPane] = useRemembered<PaneSide>(`${memoryKey}:pane`, "left");
  const evidence = useMemo(() => {
    if (external) return [];
    try {
      return relations.evidenceFor(id, field ? { field } : {});
    } catch {
      return [];
    }
  }, [relations, id, field, external]);
  const texts = useMemo(() => evidence.map((e) => `${e.quote} ${sourceLine(e)}`), [evidence]);
  const filter = useListFilter(memoryKey, texts);
  const index = shownSelection(Math.min(selected, evidence.length - 1), filter.kept);
  const item = evidence[index];
  const context: KeyContext = filter.editing ? "filter" : "evidence";
  const disabled = new Set<Action>(showsFilter(filter) ? [] : ["cancel"]);

  useScreenKeys({
    isActive,
    context,
    disabled,
    onText: filter.onText,
    onAction(action) {
      if (filter.onAction(action)) return true;
      if (action === "pane") {
        setPane(pane === "left" ? "right" : "left");
        return true;
      }
      if (action === "filter") {
        setPane("left");
        filter.open();
        return true;
      }
      const moved = moveInList(action, index, filter.kept, 3);
      if (moved !== undefined) {
        setSelected(moved);
        return true;
      }
      if (action === "open") {
        if (item)
          nav.push({
            kind: "reader",
            source: item.source,
            ...(item.span ? { at: item.span[0] } : {}),
          });
        else nav.notify("No evidence to open.");
        return true;
      }
      if (action === "evidence") return true; // already here
      return false;
    },
    copy: () => item?.source,
    timeline: () => undefined,
  });

  const title = `Evidence for ${labelText(relations, id, lang)}${field ? ` (${field})` : ""}: ${evidence.length} excerpt${evidence.length === 1 ? "" : "s"}`;

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
            {...(note ? { note } : {})}
            evidence={evidence}
            width={w}
            height={h}
            selected={index}
            focused={pane === "left"}
            {...(showsFilter(filter) ? { kept: filter.kept } : {})}
            {...(showsFilter(filter)
              ? {
                  top: (
                    <FilterBox filter={filter} total={evidence.length} width={w} color={color} />
                  ),
                }
              : {})}
          />
        )}
        right={(w, h) => {
          const shown = item ? article(item.source) : undefined;
          const placed = item && shown?.place(item);
          if (!item || !shown || !placed) {
            return <Text dimColor>{item ? "The article's text is not available." : ""}</Text>;
          }
          // The excerpt in the clean reading text where the article has one.
          const lines = passageContext(shown.text, placed.span, w, h - 1);
          return (
            <Box flexDirection="column" width={w} height={h}>
              <Text bold wrap="truncate-end">
                In context (⏎ opens the reader)
              </Text>
              <ScrollView lines={lines} height={h - 1} color={color} cues={false} />
            </Box>
          );
        }}
      />
      <Footer context={context} disabled={disabled} width={width} />
    </Box>
  );
}
