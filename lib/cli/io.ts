/** What a command may touch. Passed in so commands stay testable without spawning processes. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /**
   * The size and first `n` bytes of a file, without reading the rest: what the import check needs
   * (lib/import/limits.ts). Optional like readChunks: an io without them (a test's) falls back to readFile.
   */
  peek?(path: string, n: number): Promise<{ size: number; head: Uint8Array }>;
  /** The file's bytes in chunks, read as they are consumed (an events CSV is streamed, never whole). */
  readChunks?(path: string): AsyncIterable<Uint8Array>;
  /** Resolves once stdout has taken what was written (streamed output waits on it between batches). */
  drain?(): Promise<void>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  mkdir(path: string): Promise<void>;
  cwd: string;
}

/** Exit codes from DESIGN.md section 6. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** Thrown by a command for "bad input": the message is printed as one line and the exit code is 1. */
export class BadInput extends Error {}
/** Thrown for a usage error: exit code 2. */
export class UsageError extends Error {}

export interface Command {
  name: string;
  /** One line for `vacatur --help`. */
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
