import xterm from "@xterm/headless";

/** A headless xterm.js terminal: what a real terminal would show for the bytes written. */
export class VirtualTerminal {
  readonly term: InstanceType<typeof xterm.Terminal>;

  constructor(columns: number, rows: number) {
    this.term = new xterm.Terminal({
      cols: columns,
      rows,
      allowProposedApi: true,
      scrollback: 1000,
    });
  }

  write(data: string): Promise<void> {
    return new Promise((resolve) => this.term.write(data, resolve));
  }

  /** The visible rows, right-trimmed. */
  screen(): string[] {
    const buffer = this.term.buffer.active;
    const out: string[] = [];
    for (let row = 0; row < this.term.rows; row++)
      out.push((buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? "").trimEnd());
    return out;
  }

  /** Lines scrolled off the top into the scrollback. */
  get scrolled(): number {
    return this.term.buffer.active.baseY;
  }
}
