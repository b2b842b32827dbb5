import type { Problem } from '../model';

/** A store failure with a message fit to show the user as is. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly reason: 'invalid' | 'not-found' | 'disk-full' | 'locked' | 'failed',
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Turns a raw IndexedDB / Dexie failure into a StoreError the panel can show. */
export function storeErrorFrom(e: unknown, doing: string): StoreError {
  if (e instanceof StoreError) return e;
  const name = (e as { name?: string; inner?: { name?: string } })?.name;
  const inner = (e as { inner?: { name?: string } })?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new StoreError(
      `Could not ${doing}: the disk is full. Your last change is still on screen; free some space and it will save.`,
      'disk-full',
    );
  }
  return new StoreError(`Could not ${doing}: ${(e as Error)?.message ?? String(e)}`, 'failed');
}
