import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CaseNavProvider } from '@/components/case/case-nav';
import { RecordEditor } from '@/components/record/RecordEditor';
import { groupEvents, sortByDate } from '@/components/record/record-order';
import { CaseEvent, newCase, type Case } from '@/lib/model';
import { sampleBody } from '../../factories/case-factory';

const AS_OF = '2026-12-01';
let current: Case;

function Record({ initial, pending = null }: { initial: Case; pending?: string | null }) {
  const [c, setC] = useState(initial);
  current = c;
  return (
    <CaseNavProvider value={{ go: vi.fn(), pending }}>
      <RecordEditor caseValue={c} update={(f) => setC(f)} asOf={AS_OF} />
    </CaseNavProvider>
  );
}

const sampleCase = () => newCase('c1', '2026-01-01T00:00:00.000Z', sampleBody());
const listed = () => [...screen.getByTestId('events').querySelectorAll<HTMLElement>('li.event')].map((li) => li.dataset.eventId);

describe('<RecordEditor>', () => {
  it('lists entries oldest first, undated last, whatever their order in the case', () => {
    const c = sampleCase();
    c.events = [...c.events].reverse();
    c.events.push(CaseEvent.parse({ id: 'undated', kind: 'arrest', code: 'PC', section: '602' }));
    render(<Record initial={c} />);
    expect(listed()).toEqual(['ev-2010-juv', 'ev-2011-arr', 'ev-2012-conv', 'ev-2013-gap', 'ev-2014-theft', 'ev-2014-drug', 'ev-2015-robbery', 'ev-2015-loiter', 'ev-2018-vc', 'undated']);
  });

  it('groups by county, each group under its heading', () => {
    render(<Record initial={sampleCase()} />);
    fireEvent.change(screen.getByLabelText('Group by'), { target: { value: 'county' } });
    const groups = screen.getAllByRole('region');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['Los Angeles', 'Orange']);
    expect(within(groups[1]!).getAllByRole('listitem').map((li) => li.dataset.eventId)).toEqual(['ev-2011-arr', 'ev-2014-theft']);
  });

  it('"Add entry" opens the new entry at the top, its first field focused, the analysis below the form', () => {
    render(<Record initial={sampleCase()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    const fresh = screen.getByRole('group', { name: 'New entry' });
    const kind = within(fresh).getByLabelText('Kind');
    expect(document.activeElement).toBe(kind);
    const form = fresh.querySelector('.event-form')!;
    const analysis = fresh.querySelector('.screening-detail')!;
    expect(form.compareDocumentPosition(analysis) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Above the list, not in it, until done.
    expect(fresh.compareDocumentPosition(screen.getByTestId('events')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(listed()).toHaveLength(9);
    const id = current.events.at(-1)!.id;
    fireEvent.click(within(fresh).getByRole('button', { name: 'Done: put it in the list' }));
    expect(screen.queryByRole('group', { name: 'New entry' })).toBeNull();
    expect(listed().at(-1)).toBe(id);
    expect(document.activeElement).toBe(screen.getByTestId('events').querySelector(`[data-event-id="${id}"] .event-summary`));
  });

  it('removing an entry offers Undo (focused); Undo puts it back in place and focuses it', () => {
    render(<Record initial={sampleCase()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove PC 148.9(a) 03/10/2013' }));
    expect(listed()).not.toContain('ev-2013-gap');
    expect(current.events).toHaveLength(8);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    expect(undo.closest('.toast')!.textContent).toContain('Removed the entry PC 148.9(a), 03/10/2013.');
    fireEvent.click(undo);
    expect(current.events).toHaveLength(9);
    const back = current.events[3]!;
    expect([back.section, back.date, back.id === 'ev-2013-gap']).toEqual(['148.9(a)', '2013-03-10', false]);
    expect(document.activeElement).toBe(screen.getByTestId('events').querySelector(`[data-event-id="${back.id}"] .event-summary`));
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Entry PC 148.9(a) restored.')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('closing the Undo offer moves focus to the next entry', () => {
    render(<Record initial={sampleCase()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove PC 148.9(a) 03/10/2013' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Undo' }), { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('events').querySelector('[data-event-id="ev-2014-theft"] .event-summary'));
  });

  it('opened from the checklist: shows the entries to review with the first open question', () => {
    render(<Record initial={sampleCase()} pending="review" />);
    expect(within(screen.getByRole('group', { name: 'Filter by verdict' })).getByRole('button', { name: /^Needs review/ }).getAttribute('aria-pressed')).toBe('true');
    expect(listed()).toEqual(['ev-2013-gap', 'ev-2018-vc']);
    expect(screen.getByTestId('events').querySelector('[data-event-id="ev-2013-gap"] [data-focus="review"]')).toBeTruthy();
  });

  it('opened for one entry: opens it', () => {
    render(<Record initial={sampleCase()} pending="event:ev-2011-arr:county" />);
    expect(screen.getByTestId('events').querySelector('[data-event-id="ev-2011-arr"] .event-form')).toBeTruthy();
  });
});

describe('record order', () => {
  it('keeps same-day entries in case order', () => {
    const e = (id: string, date: string) => CaseEvent.parse({ id, kind: 'conviction', date });
    expect(sortByDate([e('b', '2014-01-01'), e('x', ''), e('a', '2012-01-01'), e('c', '2014-01-01')]).map((x) => x.id)).toEqual(['a', 'b', 'c', 'x']);
  });
  it('groups case numbers alphabetically, entries without one last', () => {
    const e = (id: string, caseNumber: string) => CaseEvent.parse({ id, kind: 'conviction', caseNumber });
    const groups = groupEvents([e('1', 'TA1'), e('2', ''), e('3', '2CA'), e('4', 'TA1')], 'caseNumber');
    expect(groups.map((g) => [g.label, g.events.map((x) => x.id)])).toEqual([
      ['2CA', ['3']],
      ['TA1', ['1', '4']],
      ['', ['2']],
    ]);
  });
});

