import { useId, useMemo } from 'react';
import { caseChecklist } from '@/lib/case-checklist';
import { screen } from '@/lib/law';
import type { ScreenResult } from '@/lib/law/types';
import type { Case } from '@/lib/model';
import { renderMsg } from '@/lib/i18n/msg';
import { useI18n } from '../ui/i18n';
import { tabLabel } from '../ui/TabList';
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
  const i18n = useI18n();
  const { t } = i18n;
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
      <h2 id={headingId}>{t('overview_checklist_title')}</h2>
      <p className="hint" data-testid="checklist-left">
        {left ? t('overview_checklist_left', left, items.length) : t('overview_checklist_nothing')}
      </p>
      <ul className="checklist-items">
        {items.map((i) => {
          const text = renderMsg(i.message, i18n);
          return (
          <li key={i.id} className={i.done ? 'checklist-item checklist-item--done' : 'checklist-item'} data-item={i.id} data-done={i.done}>
            <span className="checklist-mark" aria-hidden="true">
              {i.done ? '✓' : '○'}
            </span>
            <span className="visually-hidden">{i.done ? t('overview_checklist_done') : t('overview_checklist_todo')} </span>
            {nav ? (
              <button type="button" className="link checklist-go" onClick={() => nav.go({ tab: i.tab, focus: i.target })}>
                <span className="checklist-text">{text}</span> <span className="checklist-tab">{t('overview_checklist_tab', tabLabel(t, i.tab))}</span>
              </button>
            ) : (
              <span>{text}</span>
            )}
          </li>
          );
        })}
      </ul>
    </section>
  );
}
