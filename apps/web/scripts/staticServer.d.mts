/** Serves `dir` on 127.0.0.1 at a free port (or `port`). */
export declare function staticServer(
  dir: string,
  port?: number,
): Promise<{ url: string; close: () => Promise<void> }>;
