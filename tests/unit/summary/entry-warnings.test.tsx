import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RecordSummaryView } from '@/components/summary/RecordSummaryView';
import { CaseBody, type Case, type CaseEvent } from '@/lib/model';
import { createMeasure } from '@/lib/packet/pdf';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { layoutRecordSummary } from '@/lib/packet/record-summary-pdf';
import { buildRecordSummary, type RecordSummary } from '@/lib/summary/record-summary';

const asOf = '2026-03-01';
const measure = createMeasure(loadNodeFonts());

function body(events: Partial<CaseEvent>[]): CaseBody {
  return CaseBody.parse({
    client: { firstName: 'Rosa', lastName: 'Example', dob: '1990-01-01' },
    trafficking: { periods: [{ from: '2010-01-01', to: '2016-12-31' }] },
    events: events.map((e, i) => ({ id: `e${i + 1}`, kind: 'conviction', code: 'PC', section: '647(b)', level: 'M', county: 'Los Angeles', caseNumber: `K${i + 1}`, ...e })),
  });
}

/** The PDF's text, one string (draw operations joined in order). */
function pdfText(s: RecordSummary): string {
  return layoutRecordSummary(s, measure)
    .pages.flat()
    .map((o) => (o.kind === 'text' ? o.text : ''))
    .join(' ')
    .replace(/\s+/g, ' ');
}

function panel(b: CaseBody) {
  const caseValue = { ...b, id: 'c1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' } as unknown as Case;
  return render(<RecordSummaryView caseValue={caseValue} asOf={asOf} />);
}

// A court date only (no offense date) inside the period: screening gives the nonviolent reason
// and a second warning that the offense date is inferred (Pen. Code § 236.14(a), (g)(1)).
const twoReasons = body([{ date: '2012-08-21' }]);

describe('every warning on an entry (issue 11, record summary)', () => {
  const s = buildRecordSummary(twoReasons, { asOf });
  const e = s.counties[0]!.cases[0]!.entries[0]!;

  it('the summary keeps every reason, each once', () => {
    expect(e.reasons.length).toBeGreaterThanOrEqual(2);
    expect(e.reasons[0]!.text).toBe('PC 647(b) is a misdemeanor on this record. § 667.5(c) lists only felonies, so it is a nonviolent offense.');
    expect(e.reasons[1]!.text).toMatch(/^The record shows only the court date 2012-08-21, not the date the offense was committed/);
    expect(new Set(e.reasons.map((r) => r.text)).size).toBe(e.reasons.length);
  });

  it('the PDF prints each of them under the entry', () => {
    const text = pdfText(s);
    for (const r of e.reasons) expect(text).toContain(r.text.slice(0, 60));
    expect(text).toContain('Why: PC 647(b) is a misdemeanor');
    expect(text).toContain('Also: The record shows only the court date 2012-08-21');
  });

  it('the panel shows each of them', () => {
    const { container } = panel(twoReasons);
    const shown = [...container.querySelectorAll('.summary-reason')].map((n) => n.textContent ?? '');
    expect(shown).toHaveLength(e.reasons.length);
    e.reasons.forEach((r, i) => expect(shown[i]).toContain(r.text));
  });
});
