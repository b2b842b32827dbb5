/**
 * Wrong passphrases slow down: the first three tries are free, then each failure doubles the
 * wait from 1 s, up to 5 minutes. PBKDF2 already costs about a second a guess; this stops a
 * person at the keyboard (or a script in a compromised page of ours) from cycling guesses.
 * Pure: the caller passes `now`.
 */
export interface FailedUnlocks {
  count: number;
  /** Epoch milliseconds of the last failure. */
  lastAt: number;
}

export const FREE_ATTEMPTS = 3;
export const FIRST_DELAY_MS = 1000;
export const MAX_DELAY_MS = 5 * 60 * 1000;

export const noFailures: FailedUnlocks = { count: 0, lastAt: 0 };

/** Wait imposed after `count` consecutive failures: 0, 0, 1 s, 2 s, 4 s … capped at 5 min. */
export function unlockDelayMs(count: number): number {
  if (count < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (count - FREE_ATTEMPTS), MAX_DELAY_MS);
}

export function nextAttemptAllowedAt(f: FailedUnlocks): number {
  return f.lastAt + unlockDelayMs(f.count);
}

export function retryAfterMs(f: FailedUnlocks, now: number): number {
  return Math.max(0, nextAttemptAllowedAt(f) - now);
}
