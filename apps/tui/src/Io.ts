import type { Relations } from "@korea-relations/core";

/** What the CLI reads and writes; `cli.ts` gives the process's, tests their own. */
export interface Io {
  readonly stdout: {
    write(text: string): unknown;
    readonly isTTY?: boolean;
    readonly columns?: number;
  };
  readonly stderr: { write(text: string): unknown };
  readonly stdinIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The dataset's query API (built on first call). */
  relations(): Relations;
  /** The full text of a source, or undefined. */
  sourceText(id: string): string | undefined;
  /** A data file the core package ships (`dataset.json`, `event.csv`, `event.ndjson`…). */
  readDataFile(name: string): string;
  /** Opens the interactive UI; resolves with the exit code. */
  startTui(options: TuiStart): Promise<number>;
}

/** How the UI starts. */
export interface TuiStart {
  readonly lang: "en" | "de";
  readonly color: boolean;
  /** The search box's query at the start. */
  readonly query?: string;
  /**
   * Another dataset than the built-in one (`--data`): its file's name, and
   * how to read it (after the UI's first frame; it throws `DataFileError`).
   */
  readonly data?: {
    readonly name: string;
    readonly read: () => {
      readonly relations: Relations;
      readonly sourceText: (id: string) => string | undefined;
    };
  };
}
