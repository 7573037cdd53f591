import { TextBox } from "./TextBox.js";
import type { ListFilter } from "./useListFilter.js";

/** The `/` filter's box over a list, with how many rows it keeps. */
export function FilterBox({
  filter,
  total,
  width,
  color,
}: {
  readonly filter: ListFilter;
  readonly total: number;
  readonly width: number;
  readonly color: boolean;
}) {
  return (
    <TextBox
      prompt={`/ ${filter.kept.length} of ${total} › `}
      input={filter.input}
      focused={filter.editing}
      width={width}
      color={color}
    />
  );
}

/** Whether the list shows its filter box: being typed in, or keeping some rows. */
export function showsFilter(filter: ListFilter): boolean {
  return filter.editing || filter.input.text !== "";
}
