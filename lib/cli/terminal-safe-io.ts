import type { CliIo } from './io';
import { stripTerminalControls } from './terminal-text';

/**
 * The one place the CLI's printed text is cleaned: every line a command writes to stdout or
 * stderr (tables, summaries, warnings, the one-line error messages from main) passes through
 * here, so no command has to remember to. Files the CLI writes are left alone.
 */
export function terminalSafeIo(io: CliIo): CliIo {
  return {
    ...io,
    out: (text) => io.out(stripTerminalControls(text)),
    err: (text) => io.err(stripTerminalControls(text)),
  };
}
