import { useEffect, useRef, useState } from 'react';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** The save failed; `retrying` when another try is scheduled. The draft stays on screen. */
  | { kind: 'error'; message: string; retrying: boolean }
  /** Not saved on purpose until the user decides (a conflict with a change made elsewhere). */
  | { kind: 'held'; message: string };

/** What `save` may answer instead of succeeding or throwing: not written, wait for the user. */
export const HELD = Symbol('held');

export interface AutosaveOptions<T> {
  delayMs?: number;
  /** True for a value that is already stored (a reload of a change made elsewhere): no save. */
  isClean?(value: T): boolean;
  /** While paused nothing is saved (a conflict is on screen); unpausing saves what is waiting. */
  paused?: boolean;
}

const HELD_STATE: SaveState = { kind: 'held', message: 'this case was changed elsewhere; choose what to keep below.' };

/** Waits between automatic retries of a failed save: quick at first, then every 30 seconds. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** Failures a retry cannot fix: the case is gone, or the data is refused until it changes. */
const NOT_RETRIED = new Set(['not-found', 'invalid', 'locked']);

/**
 * Saves `value` a short while after the last change ("saves as you type"), and at once when the
 * page is hidden or closed (`pagehide`, `visibilitychange`): the save message leaves before the
 * page goes, so the last words typed are not lost (issue 12). A failed save keeps the draft on
 * screen, says so, and is retried with back-off (RETRY_DELAYS_MS) and on the next change.
 */
export function useAutosave<T>(value: T | null, save: (v: T) => Promise<unknown>, options: AutosaveOptions<T> | number = {}) {
  const { delayMs = 400, isClean, paused = false } = typeof options === 'number' ? { delayMs: options } : options;
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const latest = useRef<T | null>(null);
  const dirty = useRef(false);
  const first = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failures = useRef(0);
  const saveRef = useRef(save);
  saveRef.current = save;
  const pausedRef = useRef(paused);
  pausedRef.current = paused;
  const alive = useRef(true);
  const show = (s: SaveState) => alive.current && setState(s);

  const flush = async (): Promise<void> => {
    clearTimeout(timer.current);
    if (!dirty.current || latest.current === null || pausedRef.current) return;
    dirty.current = false;
    show({ kind: 'saving' });
    try {
      // Called before any await: on pagehide the message must leave while the page still exists.
      const result = await saveRef.current(latest.current);
      failures.current = 0;
      if (result === HELD) {
        dirty.current = true;
        show(HELD_STATE);
        return;
      }
      show(dirty.current ? { kind: 'pending' } : { kind: 'saved' });
    } catch (e) {
      dirty.current = true;
      const reason = (e as { reason?: string }).reason;
      const retrying = !reason || !NOT_RETRIED.has(reason);
      show({ kind: 'error', message: (e as Error).message, retrying });
      if (retrying && alive.current) {
        const wait = RETRY_DELAYS_MS[Math.min(failures.current++, RETRY_DELAYS_MS.length - 1)]!;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void flush(), wait);
      }
    }
  };

  useEffect(() => {
    if (value === null) return;
    latest.current = value;
    if (first.current || isClean?.(value)) {
      first.current = false; // the value as loaded (or reloaded) needs no save
      if (!dirty.current) show({ kind: 'saved' });
      return;
    }
    dirty.current = true;
    show(pausedRef.current ? HELD_STATE : { kind: 'pending' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [value]);

  useEffect(() => {
    if (paused && dirty.current) show(HELD_STATE);
    if (!paused && dirty.current) {
      show({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    }
  }, [paused]);

  useEffect(() => {
    alive.current = true;
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHidden);
      // Save what is left when the editor closes.
      void flush();
      alive.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  return { state, flush };
}
