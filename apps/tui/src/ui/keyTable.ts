import { KEY_GROUPS } from "./keyBindings.js";

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** The key definition as the README's Markdown table: where, key, what it does. */
export function keyTable(): string {
  const rows = KEY_GROUPS.flatMap((group) =>
    group.bindings.map((b) => [group.title, `\`${b.label}\``, b.does] as const),
  );
  const widths = [0, 1, 2].map((i) =>
    Math.max(
      ...rows.map((r) => cell(r[i] as string).length),
      ["Where", "Key", "Does"][i]?.length ?? 0,
    ),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => cell(c).padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [
    line(["Where", "Key", "Does"]),
    `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`,
    ...rows.map(line),
  ].join("\n");
}
