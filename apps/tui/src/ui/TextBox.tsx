import { Text } from "ink";
import { displayWidth, truncate, truncateStart } from "../text/truncate.js";
import type { TextInput } from "./textInput.js";

/** The text of a box as shown in `room` columns: the cursor ("▏") always in sight. */
export function boxText(input: TextInput, room: number, focused: boolean): string {
  const cursor = focused ? "▏" : "";
  const left = input.text.slice(0, input.cursor);
  const right = input.text.slice(input.cursor);
  if (displayWidth(input.text) + cursor.length <= room) return left + cursor + right;
  const keepRight = Math.min(displayWidth(right), Math.floor(room / 3));
  const shownLeft = truncateStart(left, Math.max(1, room - cursor.length - keepRight));
  const rest = room - displayWidth(shownLeft) - cursor.length;
  return shownLeft + cursor + truncate(right, Math.max(0, rest));
}

/** One line: a prompt and a box's text with its cursor when focused. */
export function TextBox({
  prompt,
  input,
  focused,
  width,
  color,
  placeholder,
}: {
  readonly prompt: string;
  readonly input: TextInput;
  readonly focused: boolean;
  readonly width: number;
  readonly color: boolean;
  /** Shown dim when the box is empty and not focused. */
  readonly placeholder?: string;
}) {
  const room = Math.max(1, width - displayWidth(prompt));
  const shown =
    input.text === "" && !focused && placeholder
      ? truncate(placeholder, room)
      : boxText(input, room, focused);
  return (
    <Text wrap="truncate-end">
      <Text bold {...(color ? { color: "cyan" } : {})}>
        {truncate(prompt, width)}
      </Text>
      <Text dimColor={input.text === "" && !focused}>{shown}</Text>
    </Text>
  );
}
