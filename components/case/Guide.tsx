import { STATUS_MESSAGES } from '@/lib/case-status';
import { useI18n } from '../ui/i18n';

/** The statute's points, in order: each a label in bold and the sentence that follows it. */
const REQUIRES = ['who', 'nonviolent', 'victim', 'proof', 'petition', 'service', 'findings', 'timing', 'privacy', 'hearing', 'restitution', 'counties', 'denial', 'notin'] as const;
const ORDER = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * A short guide for attorneys new to vacatur (issue 14), written from the project's law reference
 * (shared/reference/california-law.md, § 1, § 5 and § 9). Every statement cites its subdivision;
 * where the reference could not settle a point it says "needs attorney review". Bundled with the
 * panel (the overview catalog), so it reads offline, in English or Spanish; the citations stay as
 * the statute writes them. Not legal advice.
 */
export function Guide() {
  const { t } = useI18n();
  return (
    <details className="guide" data-testid="guide">
      <summary>{t('overview_guide_summary')}</summary>
      <div className="guide-body">
        <p className="hint">{t('overview_guide_disclaimer')}</p>

        <h3>{t('overview_guide_requires')}</h3>
        <ul>
          {REQUIRES.map((k) => (
            <li key={k}>
              <strong>{t(`overview_guide_${k}_label`)}</strong> {t(`overview_guide_${k}`)}
            </li>
          ))}
        </ul>

        <h3>{t('overview_guide_evidence')}</h3>
        <ul>
          <li>
            <strong>{t('overview_guide_official_label')}</strong> {t('overview_guide_official')}
          </li>
          <li>
            <strong>{t('overview_guide_not_required_label')}</strong> {t('overview_guide_not_required')}
          </li>
          <li>{t('overview_guide_other_evidence')}</li>
          <li>{t('overview_guide_redact')}</li>
        </ul>

        <h3>{t('overview_guide_order')}</h3>
        <ol>
          {ORDER.map((n) => (
            <li key={n}>{t(`overview_guide_order_${n}`)}</li>
          ))}
          <li>{t('overview_guide_order_8', t(STATUS_MESSAGES.dojSealingConfirmed))}</li>
        </ol>
      </div>
    </details>
  );
}
