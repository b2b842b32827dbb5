import { useId, useMemo } from 'react';
import { caseChecklist } from '@/lib/case-checklist';
import { screen } from '@/lib/law';
import type { ScreenResult } from '@/lib/law/types';
import type { Case } from '@/lib/model';
import { useCaseNav } from './case-nav';

interface Props {
  caseValue: Case;
  /** The screening already computed by the tab (the Packet tab has one); computed here otherwise. */
  screening?: ScreenResult;
  asOf: string;
}

/**
 * What stands between this case and a filed petition (lib/case-checklist.ts), each step a link
 * to the tab and field where it is fixed. Shown on the overview and above the Packet tab's matters.
 */
export function CaseChecklist({ caseValue, screening, asOf }: Props) {
  const nav = useCaseNav();
  const headingId = useId();
  const { events, trafficking } = caseValue;
  const dob = caseValue.client.dob;
  const own = useMemo(() => (screening ? null : screen(caseValue, { asOf })), [screening, events, trafficking, dob, asOf]);
  const result = screening ?? own!;
  const items = useMemo(() => caseChecklist(caseValue, result, asOf), [caseValue, result, asOf]);
  const left = items.filter((i) => !i.done).length;
  return (
    <section className="checklist" aria-labelledby={headingId} data-testid="case-checklist">
      <h2 id={headingId}>What is left before filing</h2>
      <p className="hint" data-testid="checklist-left">
        {left ? `${left} of ${items.length} steps left.` : 'Nothing left: assemble the packet and file it.'}
      </p>
      <ul className="checklist-items">
        {items.map((i) => (
          <li key={i.id} className={i.done ? 'checklist-item checklist-item--done' : 'checklist-item'} data-item={i.id} data-done={i.done}>
            <span className="checklist-mark" aria-hidden="true">
              {i.done ? '✓' : '○'}
            </span>
            <span className="visually-hidden">{i.done ? 'Done: ' : 'To do: '}</span>
            {nav ? (
              <button type="button" className="link checklist-go" onClick={() => nav.go({ tab: i.tab, focus: i.target })}>
                <span className="checklist-text">{i.text}</span> <span className="checklist-tab">{i.tab} tab</span>
              </button>
            ) : (
              <span>{i.text}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
