import { useState } from 'react';

/**
 * One step at a time with its label ("Reading the page…", "Filling…") while it runs, and its
 * failure message after, for panels whose buttons say what is happening.
 * @example const { busy, error, run } = useBusyStep(); run(t('fill_reading'), () => read())
 */
export function useBusyStep() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, setError, run };
}
