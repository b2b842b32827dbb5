import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from './io';

/** The real file system and stdout/stderr. */
export function nodeIo(): CliIo {
  const cwd = process.cwd();
  return {
    cwd,
    out: (t) => void process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
    err: (t) => void process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
    readFile: async (p) => new Uint8Array(await readFile(resolve(cwd, p))),
    writeFile: (p, d) => writeFile(resolve(cwd, p), d),
    mkdir: async (p) => void (await mkdir(resolve(cwd, p), { recursive: true })),
  };
}

export async function runFromProcess(): Promise<void> {
  const { main } = await import('./main');
  const code = await main(process.argv.slice(2), nodeIo());
  process.exitCode = code;
}
