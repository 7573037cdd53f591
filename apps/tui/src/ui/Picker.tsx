import { Box, Text } from "ink";
import { truncate } from "../text/truncate.js";
import { foldText } from "./filterIndices.js";
import { type Line, padLine, styleLine } from "./Line.js";
import { ScrollView } from "./ScrollView.js";
import { TextBox } from "./TextBox.js";
import type { TextInput } from "./textInput.js";

/** One choice of a picker: a value (undefined: no filter), its label and how many events have it. */
export interface Choice {
  readonly value: string | undefined;
  readonly label: string;
  readonly count?: number;
}

/** A picker's state: its box and selection. */
export interface PickerState {
  readonly input: TextInput;
  readonly selected: number;
}

/** The choices a picker shows for what is typed: those whose label (or value) contains every word. */
export function pickerChoices(choices: readonly Choice[], query: string): Choice[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...choices];
  return choices.filter((c) => {
    const text = foldText(`${c.label} ${c.value ?? ""}`);
    return words.every((w) => text.includes(w));
  });
}

/**
 * A list of choices with counts (the values of a facet), the current one
 * marked "●", narrowed by typing; Enter chooses, Esc closes.
 */
export function Picker({
  title,
  choices,
  current,
  state,
  width,
  height,
  color,
}: {
  readonly title: string;
  readonly choices: readonly Choice[];
  readonly current: string | undefined;
  readonly state: PickerState;
  readonly width: number;
  readonly height: number;
  readonly color: boolean;
}) {
  const shown = pickerChoices(choices, state.input.text);
  const countWidth = Math.max(1, ...shown.map((c) => String(c.count ?? "").length));
  const lines: Line[] = shown.map((choice, i) => {
    const line: Line = [
      { text: i === state.selected ? "›" : " ", bold: true },
      { text: choice.value === current ? "● " : "  ", tone: "accent" },
      { text: `${String(choice.count ?? "").padStart(countWidth)}  `, tone: "dim" },
      { text: choice.label },
    ];
    return i === state.selected ? styleLine(padLine(line, width), { inverse: true }) : line;
  });
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate-end">
        {truncate(title, width)}
      </Text>
      <TextBox prompt="narrow › " input={state.input} focused width={width} color={color} />
      {shown.length === 0 ? (
        <Text dimColor>{truncate("No choice matches.", width)}</Text>
      ) : (
        <ScrollView
          lines={lines}
          height={Math.max(1, height - 2)}
          focus={[state.selected, state.selected]}
          color={color}
        />
      )}
    </Box>
  );
}
