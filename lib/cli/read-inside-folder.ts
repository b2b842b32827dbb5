/**
 * Reads one file that must lie inside a folder: the CLI's guard for exhibit paths written in a
 * case file, which may come from anyone (a colleague, an import, a client's advocate). Without
 * it, `"file": "../../.ssh/id_rsa"`, an absolute path, or a symlink placed beside the case file
 * would copy a file from elsewhere on the attorney's computer into a court filing, and a FIFO
 * or device would hang or exhaust the CLI.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The bytes, or why they were not read. `problem` never names the path: it may reach a draft list. */
export type FolderRead = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };

/**
 * `O_NOFOLLOW` refuses a symlink swapped in after the checks; `O_NONBLOCK` keeps a FIFO swapped
 * in from blocking the open. Both are 0 (absent) on Windows, where the checks before still hold.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** True when `path` is below `folder` (both absolute). The folder itself is not "inside". */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function readProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'file could not be read (permission denied)';
  if (code === 'ELOOP') return 'file not read: a symbolic link that loops or was swapped in';
  return `file could not be read${code ? ` (${code})` : ''}`;
}

/**
 * Reads `file` (relative to `folder`, or absolute) when it resolves, after following every
 * symlink, to a regular file inside `folder` of at most `maxBytes`. Everything is checked with
 * lstat before the file is opened, so a FIFO or device is never opened at all.
 * @param folder the allowed folder, already passed through realpath
 * @param folderAsGiven the same folder as the user named it, which relative and absolute paths
 *   in the case file may be written against (it differs from `folder` when it holds a symlink)
 * @example await readInsideFolder('/cases/ana', '/cases/ana', 'exhibits/t-visa.pdf', 50 << 20)
 */
export async function readInsideFolder(folder: string, folderAsGiven: string, file: string, maxBytes: number): Promise<FolderRead> {
  const outside: FolderRead = { ok: false, problem: 'file outside the exhibits folder, not read' };
  const candidate = resolve(folderAsGiven, file);
  // Checked before touching the disk, so a case file cannot probe what exists outside the folder.
  if (!isInside(folderAsGiven, candidate) && !isInside(folder, candidate)) return outside;
  let real: string;
  let st: Stats;
  try {
    real = await realpath(candidate);
    if (!isInside(folder, real)) return outside; // `..` hidden in a symlink, or a symlink pointing out
    st = await lstat(real);
  } catch (e) {
    return { ok: false, problem: readProblem(e) };
  }
  if (!st.isFile()) return { ok: false, problem: `not read: ${kindOf(st)}, not a regular file` };
  const tooLarge: FolderRead = { ok: false, problem: `file larger than the ${Math.round(maxBytes / (1024 * 1024))} MB limit for one exhibit` };
  if (st.size > maxBytes) return tooLarge;

  let handle;
  try {
    handle = await open(real, OPEN_FLAGS);
  } catch (e) {
    return { ok: false, problem: readProblem(e) };
  }
  try {
    // The file opened must be the one checked: anything else was swapped in between.
    const now = await handle.stat();
    if (!now.isFile() || now.ino !== st.ino || now.dev !== st.dev) return { ok: false, problem: 'file not read: it changed while being checked' };
    if (now.size > maxBytes) return tooLarge;
    const size = now.size;
    const bytes = new Uint8Array(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await handle.read(bytes, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return { ok: true, bytes: bytes.subarray(0, at) };
  } catch (e) {
    return { ok: false, problem: readProblem(e) };
  } finally {
    await handle.close();
  }
}
