import { z } from 'zod';
import {
  assertKdfAllowed,
  checkVerifier,
  deriveKeyBytes,
  fromBase64,
  importAesKey,
  makeVerifier,
  newKdfParams,
  openJson,
  sealJson,
  toBase64,
  wipe,
  type KdfParams,
  type KdfPolicy,
} from '../crypto';
import { BackupError } from './backup-error';

export const BACKUP_FORMAT = 'vacatur-assist/backup';
export const HANDOFF_FORMAT = 'vacatur-assist/handoff';
export type EncryptedFileFormat = typeof BACKUP_FORMAT | typeof HANDOFF_FORMAT;
export const ENCRYPTED_FILE_VERSION = 1;

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
});

// The format and version are authenticated with the ciphertext, so a backup relabelled as a
// hand-off (or the reverse) does not open.
const contextOf = (format: EncryptedFileFormat) => `${format}/v${ENCRYPTED_FILE_VERSION}`;

/**
 * Encrypts `contents` (JSON) under its own passphrase into the text of a backup or hand-off
 * file: PBKDF2-SHA-256 (600,000 iterations unless a test says otherwise), AES-GCM-256, and a
 * sealed constant so a wrong passphrase is told apart from a damaged file.
 * @example const text = await sealFile(BACKUP_FORMAT, { cases: [] }, 'a long passphrase')
 */
export async function sealFile(format: EncryptedFileFormat, contents: unknown, passphrase: string, policy: KdfPolicy = {}): Promise<string> {
  const kdf = newKdfParams(policy);
  const raw = await deriveKeyBytes(passphrase, kdf, policy);
  const key = await importAesKey(raw);
  wipe(raw);
  const verifier = await makeVerifier(key);
  const box = await sealJson(key, contents, contextOf(format));
  return JSON.stringify({
    format,
    version: ENCRYPTED_FILE_VERSION,
    kdf: { alg: kdf.alg, iterations: kdf.iterations, salt: toBase64(kdf.salt) },
    cipher: 'AES-GCM-256',
    verifier: { iv: toBase64(verifier.iv), data: toBase64(verifier.data) },
    iv: toBase64(box.iv),
    ciphertext: toBase64(box.data),
  });
}

/**
 * Opens a file made by `sealFile`. Throws BackupError: 'wrong-kind', 'newer-version',
 * 'corrupted' or 'wrong-passphrase', checked in that order so each gets its own message.
 */
export async function openFile(text: string, format: EncryptedFileFormat, passphrase: string, policy: KdfPolicy = {}): Promise<unknown> {
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
  try {
    return await openJson(key, { iv: env.data.iv, data: env.data.ciphertext }, contextOf(format));
  } catch {
    throw new BackupError(`This ${kind} is damaged: the passphrase is right but its contents do not decrypt. Nothing was imported.`, 'corrupted');
  }
}
