import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CaseNavProvider, type CaseNav } from '@/components/case/case-nav';
import { CaseChecklist } from '@/components/case/CaseChecklist';
import { CaseOverview } from '@/components/case/CaseOverview';
import { newCase, type Case } from '@/lib/model';
import { sampleBody } from '../../factories/case-factory';

const AS_OF = '2026-12-01';

function Overview({ initial, go }: { initial: Case; go: CaseNav['go'] }) {
  const [c, setC] = useState(initial);
  return (
    <CaseNavProvider value={{ go, pending: null }}>
      <CaseOverview caseValue={c} update={(f) => setC(f)} asOf={AS_OF} />
    </CaseNavProvider>
  );
}

const sampleCase = () => newCase('c1', '2026-01-01T00:00:00.000Z', sampleBody());

describe('<CaseOverview>', () => {
  it('shows the client, the periods, the counts by verdict, the status and the checklist', () => {
    render(<Overview initial={sampleCase()} go={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Alvarado Ortiz, Daniela Inés' })).toBeTruthy();
    expect(screen.getByTestId('overview-periods').textContent).toContain('05/01/2010 to 01/15/2013');
    const counts = within(screen.getByTestId('overview-counts'));
    expect(counts.getByRole('button', { name: 'Candidate 6' })).toBeTruthy();
    expect(counts.getByRole('button', { name: 'Needs review 2' })).toBeTruthy();
    expect(counts.getByRole('button', { name: 'Not eligible 1' })).toBeTruthy();
    expect(screen.getByTestId('overview-status').textContent).toBe('Intake');
    expect(screen.getByTestId('overview-deadline').textContent).toMatch(/^None yet: the 45 days start when an agency receives service/);
    expect(screen.getByTestId('checklist-left').textContent).toBe('6 of 10 steps left.');
    expect(screen.getAllByRole('listitem').filter((li) => li.dataset.done === 'false').map((li) => li.dataset.item)).toEqual(['review', 'nexus', 'exhibit-files', 'full-name', 'hearing', 'service']);
  });

  it('links each count and checklist step to its tab and field', () => {
    const go = vi.fn();
    render(<Overview initial={sampleCase()} go={go} />);
    fireEvent.click(screen.getByRole('button', { name: 'Needs review 2' }));
    expect(go).toHaveBeenLastCalledWith({ tab: 'Record', focus: 'verdict:review' });
    fireEvent.click(screen.getByRole('button', { name: /^Write how each of the 6 matters was a direct result/ }));
    expect(go).toHaveBeenLastCalledWith({ tab: 'Packet', focus: 'nexus' });
    fireEvent.click(screen.getByRole('button', { name: /^Answer 2 open questions/ }));
    expect(go).toHaveBeenLastCalledWith({ tab: 'Record', focus: 'review' });
    fireEvent.click(screen.getByRole('button', { name: /^Attorney details complete/ }));
    expect(go).toHaveBeenLastCalledWith({ tab: 'Attorney', focus: 'attorney' });
  });

  it('dates every milestone, and announces the new status politely', () => {
    render(<Overview initial={sampleCase()} go={vi.fn()} />);
    expect(screen.getAllByLabelText(/:$/).map((i) => i.closest('label')!.textContent)).toEqual([
      'Record requested:',
      'RAP sheet received:',
      'Petition filed:',
      'Agencies served:',
      'Hearing:',
      'Order entered:',
      'DOJ sealing confirmed:',
    ]);
    const live = screen.getByRole('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    fireEvent.change(screen.getByLabelText('Petition filed:'), { target: { value: '2026-11-20' } });
    expect(screen.getByTestId('overview-status').textContent).toBe('Petition filed');
    expect(live.textContent).toBe('Status: Petition filed, 11/20/2026.');
  });

  it('shows the response deadline, flagged once it has passed', () => {
    const c = sampleCase();
    c.prosecutingAgencies = c.prosecutingAgencies.map((a) => ({ ...a, servedOn: '2026-09-01', serviceMethod: 'personal' }));
    render(<Overview initial={c} go={vi.fn()} />);
    const deadline = screen.getByTestId('overview-deadline');
    expect(deadline.textContent).toMatch(/^Response period ended for Los Angeles County District Attorney's Office on 10\/16\/2026\./);
    expect(deadline.className).toContain('deadline-banner--passed');
  });

  it('the guide is there, closed, and cites the statute', () => {
    render(<Overview initial={sampleCase()} go={vi.fn()} />);
    const guide = screen.getByTestId('guide') as HTMLDetailsElement;
    expect(guide.open).toBe(false);
    expect(guide.textContent).toContain('§ 236.14(m)(2)');
    expect(guide.textContent).toContain('needs attorney review');
  });
});

describe('<CaseChecklist>', () => {
  it('outside a case editor shows the steps as text, without links', () => {
    render(<CaseChecklist caseValue={sampleCase()} asOf={AS_OF} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByTestId('case-checklist').textContent).toContain('To do: Answer 2 open questions on 2 entries that need review.');
  });
});
