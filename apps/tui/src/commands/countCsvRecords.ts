/**
 * The records of a CSV text: its lines, less the header, where a line break
 * inside a quoted field (`"a\nb"`) does not end a record.
 */
export function countCsvRecords(text: string): number {
  let lines = 0;
  let quoted = false;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    if (char === "\n" && !quoted) {
      if (content) lines++;
      content = false;
    } else if (char !== "\r") content = true;
  }
  if (content) lines++;
  return Math.max(0, lines - 1);
}
