import type { Trafficking } from '@/lib/model';
import { CheckboxField, TextAreaField } from '../ui/Field';
import { useI18n } from '../ui/i18n';
import { PeriodsEditor } from './PeriodsEditor';

/** Trafficking periods, the § 236.15 flag, and the narrative used in the declaration. */
export function TraffickingEditor({ value, onChange }: { value: Trafficking; onChange(t: Trafficking): void }) {
  const { t } = useI18n();
  return (
    <div className="trafficking">
      <h2>{t('case_trafficking_title')}</h2>
      <p className="hint">{t('case_trafficking_hint')}</p>
      <PeriodsEditor value={value.periods} onChange={(periods) => onChange({ ...value, periods })} />
      <CheckboxField
        label={t('case_ipv')}
        checked={value.ipvOrSexualViolence}
        onChange={(ipvOrSexualViolence) => onChange({ ...value, ipvOrSexualViolence })}
      />
      <TextAreaField
        label={t('case_narrative')}
        rows={8}
        value={value.narrative}
        onChange={(narrative) => onChange({ ...value, narrative })}
        hint={t('case_narrative_hint')}
      />
    </div>
  );
}
