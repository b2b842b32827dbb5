import { useEffect, useRef, useState } from 'react';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string };

/**
 * Saves `value` a short while after the last change ("saves as you type").
 * A failed save keeps the draft on screen and is retried on the next change or on flush.
 */
export function useAutosave<T>(value: T | null, save: (v: T) => Promise<unknown>, delayMs = 400) {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const latest = useRef<T | null>(null);
  const dirty = useRef(false);
  const first = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = async () => {
    clearTimeout(timer.current);
    if (!dirty.current || latest.current === null) return;
    dirty.current = false;
    setState({ kind: 'saving' });
    try {
      await saveRef.current(latest.current);
      setState(dirty.current ? { kind: 'pending' } : { kind: 'saved' });
    } catch (e) {
      dirty.current = true;
      setState({ kind: 'error', message: (e as Error).message });
    }
  };

  useEffect(() => {
    if (value === null) return;
    latest.current = value;
    if (first.current) {
      first.current = false; // the value as loaded needs no save
      return;
    }
    dirty.current = true;
    setState({ kind: 'pending' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [value]);

  // Save what is left when the editor closes.
  useEffect(() => () => void flush(), []);

  return { state, flush };
}
