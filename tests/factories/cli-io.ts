import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from '@/lib/cli/io';
import { main } from '@/lib/cli/main';

/** Runs the CLI in-process with captured output; files are read from the real disk, writes kept in memory. */
export async function runCli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array | string>();
  const io: CliIo = {
    cwd: process.cwd(),
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readFile: async (p) => new Uint8Array(await readFile(resolve(p))),
    writeFile: async (p, d) => void written.set(p, d),
    mkdir: async () => {},
  };
  const code = await main(argv, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), written };
}
