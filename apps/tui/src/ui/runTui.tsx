import { format } from "node:util";
import type { LabelLanguage, Relations } from "@korea-relations/core";
import { render } from "ink";
import { DataFileError } from "../DataFileError.js";
import { cleanLine } from "../text/cleanText.js";
import { App } from "./App.js";
import { createTerminalSession } from "./createTerminalSession.js";
import { DataLoader, type LoadedDataset } from "./DataLoader.js";
import { prepareInIdle } from "./prepareInIdle.js";

export interface TuiOptions {
  /** The dataset; or `load` reads one after the first frame (`--data`). */
  readonly relations?: Relations;
  readonly sourceText?: (id: string) => string | undefined;
  readonly load?: { readonly name: string; readonly read: () => LoadedDataset };
  readonly lang: LabelLanguage;
  readonly color: boolean;
  /** The search box's query at the start. */
  readonly query?: string;
}

/** Signals that end the UI: the terminal is given back, then the signal does what it does. */
const ENDING_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"] as const;
const CONSOLE_METHODS = ["log", "info", "warn", "error", "debug"] as const;

/**
 * Runs the UI full screen on the process's terminal and resolves with the
 * exit code when the user quits. The terminal is given back as it was on
 * every way out: quitting, Ctrl-C, SIGINT, SIGTERM, SIGHUP, a crash. Ctrl-Z
 * (or SIGTSTP) gives it back and stops; `fg` takes it again and repaints.
 * What the code prints with `console` while the UI runs is shown after it.
 */
export async function runTui(options: TuiOptions): Promise<number> {
  const { stdin, stdout, stderr } = process;
  const session = createTerminalSession(stdin, stdout);
  stdin.setEncoding("utf8");

  const printed: string[] = [];
  const consoleMethods = CONSOLE_METHODS.map((name) => [name, console[name]] as const);
  for (const name of CONSOLE_METHODS)
    console[name] = (...args: unknown[]) => {
      printed.push(format(...args));
    };

  const suspend = () => {
    session.leave();
    // Stop the default way: without a listener of ours on SIGTSTP.
    process.off("SIGTSTP", suspend);
    process.kill(process.pid, "SIGTSTP");
  };
  const resume = () => {
    if (process.listenerCount("SIGTSTP") === 0) process.on("SIGTSTP", suspend);
    session.enter();
    // The terminal may have been resized meanwhile: lay out again.
    session.frames.emit("resize");
  };

  let stopPreparing: (() => void) | undefined;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    stopPreparing?.();
    session.leave();
    for (const signal of ENDING_SIGNALS) process.off(signal, onSignal);
    process.off("SIGTSTP", suspend);
    process.off("SIGCONT", resume);
    process.off("uncaughtException", onCrash);
    process.off("unhandledRejection", onCrash);
    for (const [name, method] of consoleMethods) console[name] = method;
    for (const text of printed) stderr.write(`${text}\n`);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    finish();
    try {
      instance.unmount();
    } catch {
      // Ending anyway.
    }
    // Die of the signal, as the shell expects (exit status 128 + its number).
    process.kill(process.pid, signal);
  };
  const onCrash = (error: unknown) => {
    finish();
    stderr.write(`korea-relations: the UI stopped on an internal error: ${describe(error)}\n`);
    process.exit(1);
  };

  session.enter();
  for (const signal of ENDING_SIGNALS) process.on(signal, onSignal);
  process.on("SIGTSTP", suspend);
  process.on("SIGCONT", resume);
  process.on("uncaughtException", onCrash);
  process.on("unhandledRejection", onCrash);
  process.once("exit", finish);

  const app = (relations: Relations, sourceText: (id: string) => string | undefined) => (
    <App
      relations={relations}
      sourceText={sourceText}
      lang={options.lang}
      color={options.color}
      onSuspend={suspend}
      onCopy={session.copy}
      {...(options.query ? { query: options.query } : {})}
    />
  );
  const instance = render(
    options.load ? (
      <DataLoader name={options.load.name} load={options.load.read}>
        {(data) => app(data.relations, data.sourceText)}
      </DataLoader>
    ) : (
      app(options.relations as Relations, options.sourceText ?? (() => undefined))
    ),
    {
      // Ink draws whole frames to the session, which writes the rows that changed.
      stdout: session.frames as unknown as NodeJS.WriteStream,
      stdin,
      stderr,
      debug: true,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  // Build the search index while the user reads the first frame.
  if (options.relations) stopPreparing = prepareInIdle(options.relations);
  try {
    await instance.waitUntilExit();
    return 0;
  } catch (error) {
    finish();
    if (error instanceof DataFileError) {
      // The dataset of --data does not hold: one line per problem, as the CLI says it.
      for (const problem of error.problems)
        stderr.write(`korea-relations: ${cleanLine(problem)}\n`);
      return 2;
    }
    stderr.write(`korea-relations: the UI stopped on an internal error: ${describe(error)}\n`);
    return 1;
  } finally {
    finish();
  }
}

function describe(error: unknown): string {
  return cleanLine(error instanceof Error ? error.message : String(error));
}
