/**
 * The tables' reference (every table, column, type and meaning), written into
 * README.md between `<!-- tables:start -->` and `<!-- tables:end -->` by the
 * build, so the documentation is the code's.
 */
import { tableDocs } from "@korea-relations/model";

const START = "<!-- tables:start -->";
const END = "<!-- tables:end -->";

/** Every table as Markdown: a heading, what a row is, then column, type and meaning. */
export function tablesMarkdown(): string {
  return Object.entries(tableDocs())
    .map(([name, doc]) =>
      [
        `#### \`${name}\``,
        "",
        `\`${name}.csv\`, \`${name}.ndjson\`, \`${name}.parquet\`: ${doc.description}.`,
        "",
        "| column | type | meaning |",
        "|---|---|---|",
        ...doc.columns.map(
          (c) => `| \`${c.name}\` | ${c.type} | ${c.description.replace(/\|/g, "\\|")} |`,
        ),
      ].join("\n"),
    )
    .join("\n\n");
}

/** README.md with its tables section brought up to date (unchanged without markers). */
export function withTablesReadme(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start + START.length)}\n${tablesMarkdown()}\n${readme.slice(end)}`;
}
