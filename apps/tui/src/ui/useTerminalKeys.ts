import { StringDecoder } from "node:string_decoder";
import { useStdin } from "ink";
import { useEffect } from "react";
import { createKeyDecoder } from "./createKeyDecoder.js";
import type { KeyQueue } from "./createKeyQueue.js";

const ESC = "\u001b";
/** How long a sequence cut at the end of a read waits for its rest. */
export const SEQUENCE_WAIT_MS = 50;
/** How long a bracketed paste waits for more text or its end. */
export const PASTE_WAIT_MS = 1000;

/**
 * Reads the terminal's input (Ink's stdin: the process's, or a test's) into
 * keys for `queue`. Raw mode is the caller's: Ink's own input handling stays
 * off. An Esc read alone is Escape at once; a sequence cut at the end of a
 * read waits a little for its rest.
 */
export function useTerminalKeys(queue: KeyQueue): void {
  const { stdin } = useStdin();
  useEffect(() => {
    const decoder = createKeyDecoder();
    const text = new StringDecoder("utf8");
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      timer = undefined;
      queue.push(decoder.flush());
    };
    const onData = (chunk: string | Buffer) => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      const input = typeof chunk === "string" ? chunk : text.write(chunk);
      queue.push(decoder.push(input));
      if (decoder.pending === "sequence" && input === ESC) flush();
      else if (decoder.pending)
        timer = setTimeout(flush, decoder.pending === "paste" ? PASTE_WAIT_MS : SEQUENCE_WAIT_MS);
    };
    stdin.on("data", onData);
    return () => {
      if (timer) clearTimeout(timer);
      stdin.off("data", onData);
      stdin.pause();
    };
  }, [stdin, queue]);
}
