import { formatBytes, IMPORT_LIMITS } from '../import/limits';
import { BadInput, EXIT_BAD_INPUT, EXIT_USAGE, UsageError, type CliIo } from './io';
import { COMMANDS } from './registry';
import { terminalSafeIo } from './terminal-safe-io';

declare const __VERSION__: string;
const version = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'vacatur: Vacatur Assist command line (all work is local; nothing is sent anywhere)',
    '',
    'Usage: vacatur <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options: --help, --version. Exit codes: 0 ok, 1 bad input, 2 usage error.',
    `Input limits: ${Object.values(IMPORT_LIMITS).map((l) => `${l.label} ${formatBytes(l.bytes, 'down')}`).join(', ')}; a larger file is refused (exit 1).`,
    '',
    ...COMMANDS.map((c) => `  ${c.usage}`),
  ].join('\n');
}

/** Runs one CLI invocation; returns the exit code. */
export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  // Input data reaches the terminal through names, file names and error messages: clean it once, here.
  const io = terminalSafeIo(rawIo);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : EXIT_USAGE;
  }
  if (name === '--version' || name === '-v') {
    io.out(version);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`vacatur: unknown command "${name}" (see vacatur --help)`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help')) {
    io.out(`Usage: ${command.usage}\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`vacatur ${name}: ${e.message}\nUsage: ${command.usage}`);
      return EXIT_USAGE;
    }
    if (e instanceof BadInput) {
      io.err(`vacatur ${name}: ${e.message}`);
      return EXIT_BAD_INPUT;
    }
    const err = e as NodeJS.ErrnoException;
    if (err?.code === 'ENOENT' || err?.code === 'EISDIR' || err?.code === 'EACCES') {
      io.err(`vacatur ${name}: cannot read ${err.path ?? 'file'} (${err.code})`);
      return EXIT_BAD_INPUT;
    }
    io.err(`vacatur ${name}: ${err?.message ?? String(e)}`);
    return EXIT_BAD_INPUT;
  }
}
