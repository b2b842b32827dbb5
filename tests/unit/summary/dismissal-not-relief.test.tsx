import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RecordSummaryView } from '@/components/summary/RecordSummaryView';
import { CaseBody, type Case, type CaseEvent } from '@/lib/model';
import { createMeasure } from '@/lib/packet/pdf';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { layoutRecordSummary } from '@/lib/packet/record-summary-pdf';
import { isGrantedRelief, priorReliefOf } from '@/lib/summary/prior-relief';
import { buildRecordSummary } from '@/lib/summary/record-summary';

const asOf = '2026-03-01';
const measure = createMeasure(loadNodeFonts());

function body(events: Partial<CaseEvent>[]): CaseBody {
  return CaseBody.parse({
    client: { firstName: 'Rosa', lastName: 'Example', dob: '1990-01-01' },
    trafficking: { periods: [{ from: '2010-01-01', to: '2016-12-31' }] },
    events: events.map((e, i) => ({ id: `e${i + 1}`, kind: 'arrest', code: 'PC', section: '647(b)', level: 'M', county: 'Los Angeles', date: '2012-01-0' + (i + 1), caseNumber: `K${i + 1}`, ...e })),
  });
}

const DISMISSED_NOTE = 'Not relief: the arrest is still on the record, and vacatur may be sought for arrests as well as convictions.';

describe('a dismissal is listed, not as prior relief (issue 11, record summary)', () => {
  const b = body([
    { disposition: 'DISMISSED' },
    { disposition: '1385 PC-DISMISSED/FURTHERANCE OF JUSTICE' },
    { disposition: '1385 PC' },
    { kind: 'conviction', disposition: 'CONVICTED; 2014-09-09: CONV SET ASIDE & DISM PER 1203.4 PC' },
  ]);
  const s = buildRecordSummary(b, { asOf });
  const entries = s.counties[0]!.cases.flatMap((k) => k.entries);

  it('reads DISMISSED and 1385 as dismissals with their own note citing § 236.14(a)', () => {
    expect(priorReliefOf({ disposition: '1385 PC', notes: '' }).map((r) => [r.kind, r.cite])).toEqual([['dismissed', 'Pen. Code § 1385']]);
    const d = priorReliefOf({ disposition: 'DISMISSED', notes: '' })[0]!;
    expect(isGrantedRelief(d)).toBe(false);
    expect(d.note).toEqual({ text: DISMISSED_NOTE, cite: 'Pen. Code § 236.14(a)' });
  });

  it('keeps dismissals on the entry, apart from relief, and out of the prior-relief list and count', () => {
    expect(entries.map((e) => [e.eventId, e.dismissals.map((d) => d.cite), e.priorRelief.map((r) => r.kind)])).toEqual([
      ['e1', [''], []],
      ['e2', ['Pen. Code § 1385'], []],
      ['e3', ['Pen. Code § 1385'], []],
      ['e4', [], ['set-aside']],
    ]);
    expect(s.priorRelief.map((r) => [r.eventId, r.kind])).toEqual([['e4', 'set-aside']]);
  });

  it('the PDF prints "Dismissal:", never "Prior relief: Dismissed", and counts only the set-aside', () => {
    const text = layoutRecordSummary(s, measure)
      .pages.flat()
      .map((o) => (o.kind === 'text' ? o.text : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Dismissal: Dismissed (Pen. Code § 1385).');
    expect(text).toContain(`${DISMISSED_NOTE} [Pen. Code § 236.14(a)]`);
    expect(text).not.toMatch(/Prior relief: Dismissed/);
    expect(text).toMatch(/\b1 Prior relief\b/);
    expect(text).toContain('Prior relief: Conviction set aside and dismissed (Pen. Code § 1203.4) on 2014-09-09');
  });

  it('the panel shows a dismissal muted, not in the success (green) relief style', () => {
    const caseValue = { ...b, id: 'c1' } as unknown as Case;
    const { container } = render(<RecordSummaryView caseValue={caseValue} asOf={asOf} />);
    const dismissals = [...container.querySelectorAll('.summary-dismissal')];
    expect(dismissals).toHaveLength(3);
    for (const d of dismissals) {
      expect(d.classList.contains('relief')).toBe(false);
      expect(d.textContent).toMatch(/^Dismissal: Dismissed/);
    }
    const relief = [...container.querySelectorAll('.relief')].map((n) => n.textContent);
    expect(relief).toHaveLength(1);
    expect(relief[0]).toMatch(/^Prior relief: Conviction set aside and dismissed/);
  });
});
