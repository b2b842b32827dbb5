import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PeriodsEditor } from '@/components/case/PeriodsEditor';
import { Toast } from '@/components/ui/Toast';
import type { TraffickingPeriod } from '@/lib/model';

/** The editor over state, as in the panel: each change comes back as the new value. */
function Periods({ initial, onChange }: { initial: TraffickingPeriod[]; onChange(p: TraffickingPeriod[]): void }) {
  const [value, setValue] = useState(initial);
  return (
    <PeriodsEditor
      value={value}
      onChange={(p) => {
        setValue(p);
        onChange(p);
      }}
    />
  );
}

describe('<Toast>', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('goes after its time, but stays while focused, and times out again once focus leaves', () => {
    const onDismiss = vi.fn();
    render(
      <>
        <button type="button">elsewhere</button>
        <Toast message="Removed." actionLabel="Undo" onAction={() => {}} onDismiss={onDismiss} timeoutMs={1000} focusAction />
      </>,
    );
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    fireEvent.focus(undo);
    act(() => void vi.advanceTimersByTime(5000));
    expect(onDismiss).not.toHaveBeenCalled();
    fireEvent.blur(undo, { relatedTarget: screen.getByRole('button', { name: 'elsewhere' }) });
    act(() => void vi.advanceTimersByTime(1000));
    expect(onDismiss).toHaveBeenCalledWith('timeout');
  });

  it('stays while the pointer is on it; Escape closes it', () => {
    const onDismiss = vi.fn();
    render(<Toast message="Saved." onDismiss={onDismiss} timeoutMs={1000} />);
    const toast = screen.getByRole('status');
    fireEvent.mouseEnter(toast);
    act(() => void vi.advanceTimersByTime(3000));
    expect(onDismiss).not.toHaveBeenCalled();
    fireEvent.keyDown(toast, { key: 'Escape' });
    expect(onDismiss).toHaveBeenCalledWith('closed');
  });
});

describe('<PeriodsEditor> removal', () => {
  it('offers Undo; Undo puts the period back in place and focuses it', () => {
    const onChange = vi.fn();
    const periods = [
      { from: '2010-05-01', to: '2013-01-15' },
      { from: '2013-06-01', to: '2016-08-31' },
    ];
    render(<Periods initial={periods} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the period 05/01/2010 to 01/15/2013' }));
    expect(onChange).toHaveBeenLastCalledWith([periods[1]]);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    expect(screen.getByRole('status').textContent).toContain('Removed the period 05/01/2010 to 01/15/2013.');
    fireEvent.click(undo);
    expect(onChange).toHaveBeenLastCalledWith(periods);
    expect((document.activeElement as HTMLInputElement).value).toBe('2010-05-01');
  });

  it('closing the offer focuses the period that took its place, or "Add period" when none is left', () => {
    render(<PeriodsEditor value={[{ from: '2010-05-01', to: '2013-01-15' }]} onChange={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: /^Remove the period/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add period' }));
  });

  it('"Add period" focuses the new row\'s first date', () => {
    render(<PeriodsEditor value={[]} onChange={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add period' }));
    expect(document.activeElement).toBe(screen.getByLabelText('From'));
  });
});
