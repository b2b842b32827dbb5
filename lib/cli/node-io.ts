import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BadInput, type CliIo } from './io';

/** The real file system and stdout/stderr. */
export function nodeIo(): CliIo {
  const cwd = process.cwd();
  return {
    cwd,
    out: (t) => void process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
    err: (t) => void process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
    readFile: async (p) => new Uint8Array(await readFile(resolve(cwd, p))),
    async peek(p, n) {
      const path = resolve(cwd, p);
      // Checked before opening: a FIFO or device would block the open or never end.
      const st = await stat(path);
      if (st.isDirectory()) throw Object.assign(new Error(`${p} is a folder`), { code: 'EISDIR', path: p });
      if (!st.isFile()) throw new BadInput(`${p} is not a regular file`);
      const handle = await open(path, 'r');
      try {
        const head = new Uint8Array(Math.min(n, st.size));
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        return { size: st.size, head: head.subarray(0, bytesRead) };
      } finally {
        await handle.close();
      }
    },
    readChunks: (p) => createReadStream(resolve(cwd, p)),
    drain: () =>
      new Promise<void>((done) => {
        if (!process.stdout.writableNeedDrain) return done();
        // A reader that went away (`| head`) closes the pipe instead of draining it.
        const finish = () => {
          process.stdout.off('drain', finish).off('close', finish);
          done();
        };
        process.stdout.on('drain', finish).on('close', finish);
      }),
    writeFile: (p, d) => writeFile(resolve(cwd, p), d),
    mkdir: async (p) => void (await mkdir(resolve(cwd, p), { recursive: true })),
  };
}

export async function runFromProcess(): Promise<void> {
  const { main } = await import('./main');
  const code = await main(process.argv.slice(2), nodeIo());
  process.exitCode = code;
}
