import type { Problem } from '../model';

export type BackupErrorReason =
  /** The passphrase does not open the file (its verifier). */
  | 'wrong-passphrase'
  /** Damaged or incomplete: not JSON, a field missing, or a ciphertext that does not authenticate. */
  | 'corrupted'
  /** Made by a newer Vacatur Assist (a file version this build does not read). */
  | 'newer-version'
  /** Some other file, or the other kind (a hand-off given to backup import, or the reverse). */
  | 'wrong-kind'
  /** It opened, but a case in it does not validate; `problems` say where. */
  | 'invalid';

/** A backup or hand-off file that cannot be read, with a message fit to show as is. Nothing was written. */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly reason: BackupErrorReason,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'BackupError';
  }
}
