/**
 * The exhibit files of `vacatur packet`: which folder they may come from, and reading each
 * evidence entry's path from it. Data URLs are left to the packet module (lib/packet/exhibits.ts),
 * which applies the same size cap.
 */
import { stat, realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Evidence } from '../model';
import { MAX_EXHIBIT_BYTES } from '../packet/exhibits';
import { BadInput } from './io';
import { readInsideFolder } from './read-inside-folder';

export interface ExhibitFolder {
  /** After realpath: what every exhibit must resolve inside. */
  real: string;
  /** As named (absolute), for paths written against it. */
  given: string;
}

/**
 * `--exhibits DIR` when given, else the case file's folder; relative names are taken from `cwd`.
 * A DIR that is not a folder is bad input (exit 1).
 */
export async function exhibitFolder(cwd: string, caseFile: string, exhibitsFlag?: string): Promise<ExhibitFolder> {
  const given = exhibitsFlag === undefined ? dirname(resolve(cwd, caseFile)) : resolve(cwd, exhibitsFlag);
  try {
    const real = await realpath(given);
    if ((await stat(real)).isDirectory()) return { real, given };
  } catch {
    // Said below, in the one message for every way the folder can be unusable.
  }
  throw new BadInput(`${exhibitsFlag === undefined ? 'the case file\'s folder' : `--exhibits ${exhibitsFlag}`}: not a folder that can be read`);
}

export interface ExhibitFiles {
  /** Bytes by evidence id. */
  files: Map<string, Uint8Array>;
  /** Why a path was not read, by evidence id (no path in the text; the packet adds it to the warning). */
  unreadable: Map<string, string>;
}

/**
 * Reads every evidence `file` that is a path, only from `folder` (see readInsideFolder).
 * @example const { files, unreadable } = await readExhibitFiles(body.evidence, await exhibitFolder(io.cwd, 'case.json'));
 */
export async function readExhibitFiles(evidence: Evidence[], folder: ExhibitFolder): Promise<ExhibitFiles> {
  const files = new Map<string, Uint8Array>();
  const unreadable = new Map<string, string>();
  for (const ev of evidence) {
    if (!ev.file || ev.file.startsWith('data:')) continue;
    const r = await readInsideFolder(folder.real, folder.given, ev.file, MAX_EXHIBIT_BYTES);
    if (r.ok) files.set(ev.id, r.bytes);
    else unreadable.set(ev.id, r.problem);
  }
  return { files, unreadable };
}
