import { tableColumns } from "@korea-relations/model";
import { describe, expect, it } from "vitest";
import { tablesMarkdown, withTablesReadme } from "./tablesReadme.js";

describe("tablesMarkdown", () => {
  it("documents every column of every table with its type", () => {
    const markdown = tablesMarkdown();
    for (const [table, cols] of Object.entries(tableColumns())) {
      expect(markdown).toContain(`#### \`${table}\``);
      for (const [name, type] of cols) expect(markdown).toContain(`| \`${name}\` | ${type} |`);
    }
  });
});

describe("withTablesReadme", () => {
  it("replaces what stands between the markers, and nothing without them", () => {
    const readme = "intro\n<!-- tables:start -->\nold\n<!-- tables:end -->\nrest\n";
    const updated = withTablesReadme(readme);
    expect(updated).toBe(
      `intro\n<!-- tables:start -->\n${tablesMarkdown()}\n<!-- tables:end -->\nrest\n`,
    );
    expect(withTablesReadme("no markers")).toBe("no markers");
  });
});
