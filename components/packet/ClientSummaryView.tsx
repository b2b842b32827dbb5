import { useId, useMemo, useState } from 'react';
import { buildClientSummary } from '@/lib/client-summary';
import type { Locale } from '@/lib/i18n';
import type { Case, CaseEvent } from '@/lib/model';
import { useI18n } from '../ui/i18n';

interface Props {
  caseValue: Case;
  matters: readonly CaseEvent[];
  asOf: string;
}

/**
 * The one-page summary for the client (lib/client-summary.ts), in the client's language (chosen
 * here, apart from the panel's), printable on its own: while printing, the page shows only it.
 */
export function ClientSummaryView({ caseValue, matters, asOf }: Props) {
  const { t, locale: panelLocale } = useI18n();
  const [locale, setLocale] = useState<Locale>(caseValue.client.language === 'es' ? 'es' : panelLocale);
  const summary = useMemo(() => buildClientSummary(caseValue, matters, locale, asOf), [caseValue, matters, locale, asOf]);
  const id = useId();
  const print = () => {
    document.body.classList.add('print-client-summary');
    const done = () => {
      document.body.classList.remove('print-client-summary');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  return (
    <details className="client-summary-box">
      <summary>{t('clientSummary_open')}</summary>
      <p className="hint">{t('clientSummary_hint')}</p>
      {matters.length === 0 ? (
        <p className="hint">{t('clientSummary_none')}</p>
      ) : (
        <>
          <div className="actions">
            <label htmlFor={`${id}-lang`}>{t('clientSummary_language')}</label>{' '}
            <select id={`${id}-lang`} value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
              <option value="en">English</option>
              <option value="es">Español</option>
            </select>{' '}
            <button type="button" onClick={print}>
              {t('clientSummary_print')}
            </button>
          </div>
          <article className="client-summary" lang={summary.locale} data-testid="client-summary">
            <h2>{summary.title}</h2>
            <p className="muted">{summary.subtitle}</p>
            {summary.sections.map((s) => (
              <section key={s.heading}>
                <h3>{s.heading}</h3>
                {s.paragraphs.map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
                {s.items ? (
                  <ul>
                    {s.items.map((item, i) => (
                      <li key={i}>{item}</li>
                    ))}
                  </ul>
                ) : null}
              </section>
            ))}
          </article>
        </>
      )}
    </details>
  );
}
