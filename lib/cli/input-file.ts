/**
 * The FILE a command reads, checked before it is read: size and first bytes go through the same
 * import check as the side panel's importers (lib/import/limits.ts), so the CLI and the panel
 * accept and refuse the same files, and a file past its kind's limit is refused with one line
 * instead of being read into memory.
 */
import { checkImportFile, type CheckedKind, type ImportKind } from '../import/limits';
import { BadInput, type CliIo } from './io';

/** How much of the file's start is read for the check and for telling its kind (detectKind looks at 2 KB). */
const PEEK_BYTES = 4096;

export interface InputFile {
  path: string;
  kind: CheckedKind;
  size: number;
  /** The first bytes (up to 4 KB). */
  head: Uint8Array;
  /** The whole file (within its kind's limit). */
  bytes(): Promise<Uint8Array>;
  /** The file in chunks, from the start, each time it is called. */
  chunks(): AsyncIterable<Uint8Array>;
}

/**
 * @param kind the kind, or how to tell it from the first bytes (`vacatur screen` takes three kinds)
 * @throws BadInput with the check's one-line refusal
 * @example const input = await openInput(io, 'case.json', 'case-json'); parseCaseFileText(importText(await input.bytes()));
 */
export async function openInput(io: CliIo, path: string, kind: ImportKind | ((head: Uint8Array) => ImportKind)): Promise<InputFile> {
  // An io without peek (a test's) reads the whole file once and serves every read from it.
  let whole: Uint8Array | undefined;
  let size: number;
  let head: Uint8Array;
  if (io.peek) ({ size, head } = await io.peek(path, PEEK_BYTES));
  else {
    whole = await io.readFile(path);
    size = whole.length;
    head = whole.subarray(0, PEEK_BYTES);
  }
  const check = checkImportFile({ kind: typeof kind === 'function' ? kind(head) : kind, name: path, size, head });
  if (!check.ok) throw new BadInput(check.message);
  const readWhole = async () => whole ?? io.readFile(path);
  return {
    path,
    kind: check.kind,
    size,
    head,
    bytes: readWhole,
    chunks: () =>
      io.readChunks
        ? io.readChunks(path)
        : (async function* () {
            yield await readWhole();
          })(),
  };
}
