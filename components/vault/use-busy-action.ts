import { useState } from 'react';
import { ClientError } from '@/lib/case-client';

/**
 * Runs one async action at a time and keeps its failure message, so forms can disable their
 * button while the key is derived (about a second) and show what went wrong.
 */
export function useBusyAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | Error | null>(null);
  const run = async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      setError(e as Error);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
