import { useEffect, useId, useState } from 'react';
import type { DefaultsClient } from '@/lib/case-client';
import { DefaultAgency, type PracticeDefaults } from '@/lib/model';
import { AttorneyForm } from '../case/AttorneyForm';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextField } from '../ui/Field';
import { useI18n } from '../ui/i18n';

/**
 * The office's defaults (lib/model/practice-defaults.ts): the attorney and organization, and the
 * prosecuting agencies per county, saved with a button (not on every keystroke) and copied into
 * new cases by the store.
 */
export function PracticeDefaultsSection({ defaults }: { defaults: DefaultsClient }) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState<PracticeDefaults | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    let live = true;
    defaults.get().then(
      (d) => live && setValue(d),
      (e: unknown) => live && setError(t('defaults_loadError', (e as Error).message)),
    );
    return () => {
      live = false;
    };
  }, [defaults, t]);
  if (!value) return error ? <ErrorAlert message={error} /> : null;

  const change = (next: PracticeDefaults) => {
    setSaved(false);
    setValue(next);
  };
  const setAgency = (i: number, patch: Partial<DefaultAgency>) => change({ ...value, agencies: value.agencies.map((a, k) => (k === i ? { ...a, ...patch } : a)) });
  const save = async () => {
    setError(null);
    try {
      setValue(await defaults.save(value));
      setSaved(true);
    } catch (e) {
      setError(t('defaults_saveError', (e as Error).message));
    }
  };
  return (
    <section aria-labelledby={`${id}-title`} data-testid="practice-defaults">
      <h2 id={`${id}-title`}>{t('defaults_title')}</h2>
      <p className="hint">{t('defaults_hint')}</p>
      <AttorneyForm value={value.attorney} onChange={(attorney) => change({ ...value, attorney })} />
      <h3>{t('defaults_agencies')}</h3>
      {value.agencies.map((a, i) => (
        <fieldset key={i} className="grid">
          <legend>{t('defaults_agency', i + 1)}</legend>
          <TextField label={t('defaults_county')} value={a.county} onChange={(county) => setAgency(i, { county })} />
          <TextField wide label={t('defaults_agencyName')} value={a.name} onChange={(name) => setAgency(i, { name })} />
          <TextField wide label={t('defaults_street')} value={a.address.street} onChange={(street) => setAgency(i, { address: { ...a.address, street } })} />
          <TextField label={t('defaults_city')} value={a.address.city} onChange={(city) => setAgency(i, { address: { ...a.address, city } })} />
          <TextField label={t('defaults_zip')} value={a.address.zip} onChange={(zip) => setAgency(i, { address: { ...a.address, zip } })} />
          <TextField wide type="email" label={t('defaults_email')} value={a.serviceEmail} onChange={(serviceEmail) => setAgency(i, { serviceEmail })} />
          <button type="button" className="link" onClick={() => change({ ...value, agencies: value.agencies.filter((_, k) => k !== i) })}>
            {t('defaults_removeAgency', i + 1)}
          </button>
        </fieldset>
      ))}
      <div className="actions">
        <button type="button" onClick={() => change({ ...value, agencies: [...value.agencies, DefaultAgency.parse({})] })}>
          {t('defaults_addAgency')}
        </button>{' '}
        <button type="button" className="primary" onClick={() => void save()}>
          {t('defaults_save')}
        </button>
      </div>
      {saved ? (
        <p role="status" className="ok-text">
          {t('defaults_saved')}
        </p>
      ) : null}
      {error ? <ErrorAlert message={error} /> : null}
    </section>
  );
}
