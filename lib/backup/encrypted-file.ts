import { z } from 'zod';
import {
  assertKdfAllowed,
  checkVerifier,
  deriveKeyBytes,
  fromBase64,
  importAesKey,
  makeVerifier,
  newKdfParams,
  open,
  OpenFailed,
  openJson,
  seal,
  sealJson,
  type Bytes,
  toBase64,
  wipe,
  type KdfParams,
  type KdfPolicy,
} from '../crypto';
import { BackupError } from './backup-error';

export const BACKUP_FORMAT = 'vacatur-assist/backup';
export const HANDOFF_FORMAT = 'vacatur-assist/handoff';
export type EncryptedFileFormat = typeof BACKUP_FORMAT | typeof HANDOFF_FORMAT;
/**
 * The newest file version this build reads. Version 1: the contents as one ciphertext. Version 2
 * (issue 12, exhibit files out of the case records) adds `files`: each exhibit file as its own
 * ciphertext under the same key, so a file is never base64 inside JSON inside base64. A file
 * without exhibit files is still written as version 1.
 */
export const ENCRYPTED_FILE_VERSION = 2;

/** One exhibit file carried beside the contents, by the id the contents' case refers to it by. */
export interface FilePart {
  id: string;
  bytes: Uint8Array;
}

const KIND_NAME: Record<EncryptedFileFormat, string> = { [BACKUP_FORMAT]: 'backup', [HANDOFF_FORMAT]: 'hand-off file' };

const b64 = z.string().transform((s, ctx) => {
  try {
    return fromBase64(s);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not base64' });
    return z.NEVER;
  }
});

/** The file as written: everything but `format`, `version` and the KDF parameters is opaque. */
const Envelope = z.object({
  format: z.string(),
  version: z.number().int().min(1),
  kdf: z.object({ alg: z.literal('PBKDF2-SHA-256'), iterations: z.number().int(), salt: b64 }),
  cipher: z.literal('AES-GCM-256'),
  verifier: z.object({ iv: b64, data: b64 }),
  iv: b64,
  ciphertext: b64,
  files: z.array(z.object({ id: z.string().min(1).max(100), iv: b64, data: b64 })).optional(),
});

// The format and version are authenticated with the ciphertext, so a backup relabelled as a
// hand-off (or the reverse), or a version 2 file relabelled as version 1, does not open. Each
// file part is bound to its id.
const contextOf = (format: EncryptedFileFormat, version: number) => `${format}/v${version}`;
const fileContextOf = (format: EncryptedFileFormat, id: string) => `${format}/v2/file:${id}`;

/**
 * Encrypts `contents` (JSON) under its own passphrase into the text of a backup or hand-off
 * file: PBKDF2-SHA-256 (600,000 iterations unless a test says otherwise), AES-GCM-256, and a
 * sealed constant so a wrong passphrase is told apart from a damaged file.
 * @example const text = await sealFile(BACKUP_FORMAT, { cases: [] }, 'a long passphrase')
 */
export async function sealFile(format: EncryptedFileFormat, contents: unknown, passphrase: string, policy: KdfPolicy = {}, files: FilePart[] = []): Promise<string> {
  const kdf = newKdfParams(policy);
  const raw = await deriveKeyBytes(passphrase, kdf, policy);
  const key = await importAesKey(raw);
  wipe(raw);
  const verifier = await makeVerifier(key);
  const version = files.length ? 2 : 1;
  const box = await sealJson(key, contents, contextOf(format, version));
  const parts = [];
  for (const f of files) {
    const sealed = await seal(key, f.bytes as Bytes, fileContextOf(format, f.id));
    parts.push({ id: f.id, iv: toBase64(sealed.iv), data: toBase64(sealed.data) });
  }
  return JSON.stringify({
    format,
    version,
    kdf: { alg: kdf.alg, iterations: kdf.iterations, salt: toBase64(kdf.salt) },
    cipher: 'AES-GCM-256',
    verifier: { iv: toBase64(verifier.iv), data: toBase64(verifier.data) },
    iv: toBase64(box.iv),
    ciphertext: toBase64(box.data),
    ...(parts.length ? { files: parts } : {}),
  });
}

/**
 * Opens a file made by `sealFile`. Throws BackupError: 'wrong-kind', 'newer-version',
 * 'corrupted' or 'wrong-passphrase', checked in that order so each gets its own message.
 */
export async function openFile(text: string, format: EncryptedFileFormat, passphrase: string, policy: KdfPolicy = {}): Promise<unknown> {
  return (await openFileWithParts(text, format, passphrase, policy)).contents;
}

/** `openFile`, with the exhibit file parts of a version 2 file opened too (by id). */
export async function openFileWithParts(
  text: string,
  format: EncryptedFileFormat,
  passphrase: string,
  policy: KdfPolicy = {},
): Promise<{ contents: unknown; files: Map<string, Bytes> }> {
  const kind = KIND_NAME[format];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError(`This ${kind} is damaged or incomplete (it is not complete JSON). Nothing was imported.`, 'corrupted');
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== format) {
    const other = Object.entries(KIND_NAME).find(([f]) => f === head?.format)?.[1];
    throw new BackupError(
      other ? `This is a Vacatur Assist ${other}, not a ${kind}.` : `This is not a Vacatur Assist ${kind}.`,
      'wrong-kind',
    );
  }
  if (typeof head.version === 'number' && head.version > ENCRYPTED_FILE_VERSION) {
    throw new BackupError(
      `This ${kind} was made by a newer version of Vacatur Assist (file version ${head.version}; this one reads version ${ENCRYPTED_FILE_VERSION}). Update Vacatur Assist to import it.`,
      'newer-version',
    );
  }
  const env = Envelope.safeParse(json);
  if (!env.success) throw new BackupError(`This ${kind} is damaged or incomplete (its header is not readable). Nothing was imported.`, 'corrupted');
  const kdf: KdfParams = env.data.kdf;
  try {
    assertKdfAllowed(kdf, policy);
  } catch {
    throw new BackupError(`This ${kind} is damaged: its key settings are not acceptable. Nothing was imported.`, 'corrupted');
  }
  const raw = await deriveKeyBytes(passphrase, kdf, policy);
  const key = await importAesKey(raw);
  wipe(raw);
  if (!(await checkVerifier(key, env.data.verifier))) {
    throw new BackupError(`That passphrase does not open this ${kind}. It is the passphrase chosen when the file was made, not the one that unlocks Vacatur Assist.`, 'wrong-passphrase');
  }
  const damaged = () => new BackupError(`This ${kind} is damaged: the passphrase is right but its contents do not decrypt. Nothing was imported.`, 'corrupted');
  if (env.data.version === 1 && env.data.files?.length) throw damaged();
  let contents: unknown;
  try {
    contents = await openJson(key, { iv: env.data.iv, data: env.data.ciphertext }, contextOf(format, env.data.version));
  } catch {
    throw damaged();
  }
  const files = new Map<string, Bytes>();
  for (const part of env.data.files ?? []) {
    if (files.has(part.id)) throw damaged();
    try {
      files.set(part.id, await open(key, part, fileContextOf(format, part.id)));
    } catch (e) {
      if (e instanceof OpenFailed) throw damaged();
      throw e;
    }
  }
  return { contents, files };
}
