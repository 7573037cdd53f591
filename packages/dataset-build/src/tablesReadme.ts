/**
 * The tables' reference (every table, column, type and meaning), written into
 * README.md between `<!-- tables:start -->` and `<!-- tables:end -->` by the
 * build, so the documentation is the code's.
 */
import { tablesMarkdown } from "./tables.js";

const START = "<!-- tables:start -->";
const END = "<!-- tables:end -->";

/** README.md with its tables section brought up to date (unchanged without markers). */
export function withTablesReadme(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start + START.length)}\n${tablesMarkdown()}\n${readme.slice(end)}`;
}
