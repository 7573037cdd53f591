/**
 * Text as literal Markdown: characters CommonMark reads as inline markup
 * (emphasis, code, links, HTML, entities, table pipes) are backslash-escaped
 * anywhere, block markers (`#`, `>`, `-`, `+`, `1.`) at the start, and line
 * breaks become spaces, so that record text never turns into markup.
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(text)
    .replace(/^(\s*)([#>+=-])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/** Text as literal Markdown inside a table cell or after other text: inline markup only. */
export function escapeInline(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replace(/[\\`*_[\]<>|~&]/g, "\\$&");
}
