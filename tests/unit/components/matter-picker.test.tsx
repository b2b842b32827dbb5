/**
 * Issue 11, packet guard in the panel: only candidates can be picked for a sworn petition (Pen.
 * Code § 236.14(b)); anything else needs an explicit attorney override recorded on the case, which
 * stays visible as a warning.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { MatterPicker } from '@/components/packet/MatterPicker';
import { screen as screenCase } from '@/lib/law';
import { CaseEvent } from '@/lib/model';

const periods = [{ from: '2012-01-01', to: '2015-12-31' }];
const events = [
  CaseEvent.parse({ id: 'a', kind: 'conviction', date: '2013-01-02', county: 'Kern', code: 'PC', section: '647(b)', level: 'M' }),
  CaseEvent.parse({ id: 'b', kind: 'conviction', date: '2019-01-02', county: 'Kern', code: 'PC', section: '484(a)', level: 'M' }),
];
const items = (evs: CaseEvent[]) => new Map(screenCase({ events: evs, trafficking: { periods } }, { asOf: '2026-12-02' }).items.map((i) => [i.eventId, i]));

it('a review cannot be picked; recording an override needs a reason (Pen. Code § 236.14(b))', () => {
  const onOverride = vi.fn();
  render(<MatterPicker events={events} items={items(events)} selected={new Set(['a', 'b'])} onToggle={() => {}} onOverride={onOverride} />);
  const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
  expect(boxes.map((b) => [b.checked, b.disabled])).toEqual([[true, false], [false, true]]);
  expect(screen.getByText(/falls outside every trafficking period/)).toBeTruthy();
  const record = screen.getByRole('button', { name: 'Record override' }) as HTMLButtonElement;
  expect(record.disabled).toBe(true);
  fireEvent.change(screen.getByLabelText(/Override \(attorney\)/), { target: { value: 'Offense date 2015-11-30 per the complaint' } });
  fireEvent.click(record);
  expect(onOverride).toHaveBeenCalledWith('b', 'Offense date 2015-11-30 per the complaint');
});

it('a recorded override makes the entry pickable and is shown as a warning', () => {
  const withOverride = [events[0]!, { ...events[1]!, packetOverride: { reason: 'Offense date per the complaint', by: 'A. Attorney', on: '2026-12-01' } }];
  render(<MatterPicker events={withOverride} items={items(withOverride)} selected={new Set(['b'])} onToggle={() => {}} onOverride={() => {}} />);
  const box = screen.getAllByRole('checkbox')[1] as HTMLInputElement;
  expect(box.disabled).toBe(false);
  expect(screen.getByRole('status').textContent).toContain('Attorney override recorded by A. Attorney on 12/01/2026: “Offense date per the complaint”');
});
