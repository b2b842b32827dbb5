import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveStatus } from '@/components/ui/SaveStatus';
import { RETRY_DELAYS_MS, useAutosave } from '@/components/ui/use-autosave';

let setText: (v: string) => void = () => {};
function Editor({ save }: { save: (v: string) => Promise<unknown> }) {
  const [text, set] = useState('loaded');
  setText = set;
  const { state } = useAutosave(text, save);
  return <SaveStatus state={state} />;
}

describe('autosave (case editor)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a failed save is shown ("Not saved: … Retrying") and retried with back-off until it lands', async () => {
    const save = vi
      .fn<(v: string) => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('Could not save the case: disk busy.'))
      .mockRejectedValueOnce(new Error('Could not save the case: disk busy.'))
      .mockResolvedValue({});
    render(<Editor save={save} />);
    act(() => setText('typed'));
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(screen.getByTestId('save-status').textContent).toBe('Not saved: Could not save the case: disk busy. Retrying…');
    await act(() => vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]!));
    expect(save).toHaveBeenCalledTimes(2);
    await act(() => vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1]! - 1));
    expect(save).toHaveBeenCalledTimes(2); // backing off
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(save).toHaveBeenCalledTimes(3);
    expect(save).toHaveBeenLastCalledWith('typed');
    expect(screen.getByTestId('save-status').textContent).toBe('All changes saved');
  });

  it('a save refused for good (the case is gone) is shown without a retry', async () => {
    const save = vi.fn().mockRejectedValue(Object.assign(new Error('That case no longer exists (it may have been deleted).'), { reason: 'not-found' }));
    render(<Editor save={save} />);
    act(() => setText('typed'));
    await act(() => vi.advanceTimersByTimeAsync(400 + 60_000));
    expect(save).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('save-status').textContent).toBe('Not saved: That case no longer exists (it may have been deleted).');
  });

  it('flushes at once when the page is hidden or closed, before the delay', async () => {
    const save = vi.fn().mockResolvedValue({});
    render(<Editor save={save} />);
    act(() => setText('last words'));
    act(() => void dispatchEvent(new Event('pagehide')));
    expect(save).toHaveBeenCalledWith('last words');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(save).toHaveBeenCalledTimes(1);
  });
});
