import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from '@/lib/cli/io';
import { main } from '@/lib/cli/main';

export interface RunCliOptions {
  /** Bytes per chunk when a command streams a file (default: Node's 64 KB); a small one puts chunk ends everywhere. */
  chunkSize?: number;
}

/** Runs the CLI in-process with captured output; files are read from the real disk, writes kept in memory. */
export async function runCli(argv: string[], options: RunCliOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array | string>();
  const io: CliIo = {
    cwd: process.cwd(),
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readFile: async (p) => new Uint8Array(await readFile(resolve(p))),
    peek: async (p, n) => {
      const { size } = await stat(resolve(p));
      const handle = await open(resolve(p), 'r');
      try {
        const head = new Uint8Array(Math.min(n, size));
        await handle.read(head, 0, head.length, 0);
        return { size, head };
      } finally {
        await handle.close();
      }
    },
    readChunks: (p) => createReadStream(resolve(p), options.chunkSize ? { highWaterMark: options.chunkSize } : {}),
    writeFile: async (p, d) => void written.set(p, d),
    mkdir: async () => {},
  };
  const code = await main(argv, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), written };
}
