import { useEffect, useRef } from 'react';
import type { CaseEvent } from '@/lib/model';
import { SelectField, TextField } from '../ui/Field';
import { useI18n } from '../ui/i18n';

const KINDS = [
  { value: 'conviction', label: 'record_kind_conviction' },
  { value: 'arrest', label: 'record_kind_arrest' },
  { value: 'adjudication', label: 'record_kind_adjudication' },
] as const;
/** Each offense level as the panel names it (the record keeps the letter). */
export const LEVEL_MESSAGES = { '': 'record_level_unknown', F: 'record_level_F', M: 'record_level_M', I: 'record_level_I' } as const;
const LEVELS = (['', 'F', 'M', 'I'] as const).map((value) => ({ value, label: LEVEL_MESSAGES[value] }));

/** The fields of one arrest, conviction or adjudication count; `autoFocus` focuses the first (a new entry). */
export function EventForm({ value, onChange, autoFocus = false }: { value: CaseEvent; onChange(e: CaseEvent): void; autoFocus?: boolean }) {
  const { t } = useI18n();
  const kinds = KINDS.map((k) => ({ ...k, label: t(k.label) }));
  const levels = LEVELS.map((l) => ({ ...l, label: t(l.label) }));
  const set = <K extends keyof CaseEvent>(k: K) => (v: CaseEvent[K]) => onChange({ ...value, [k]: v });
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) box.current?.querySelector<HTMLElement>('select, input, textarea')?.focus();
  }, []);
  return (
    <div className="grid event-form" ref={box}>
      <SelectField label={t('record_kind')} value={value.kind} options={kinds} onChange={set('kind')} />
      <TextField label={value.kind === 'arrest' ? t('record_date_arrest') : t('record_date_court')} type="date" value={value.date} onChange={set('date')} />
      <TextField label={t('record_offense_date')} type="date" value={value.offenseDate ?? ''} onChange={set('offenseDate')} hint={t('record_offense_date_hint')} />
      <TextField label={t('record_code')} value={value.code} onChange={set('code')} placeholder={t('record_code_example')} />
      <TextField label={t('record_section')} value={value.section} onChange={set('section')} placeholder={t('record_section_example')} />
      <SelectField label={t('record_level')} value={value.level} options={levels} onChange={set('level')} />
      <TextField label={t('record_county')} name="county" value={value.county} onChange={set('county')} />
      <TextField wide label={t('record_description')} value={value.description} onChange={set('description')} />
      <TextField wide label={t('record_court')} value={value.court} onChange={set('court')} />
      <TextField label={t('record_case_number')} value={value.caseNumber} onChange={set('caseNumber')} />
      <TextField label={t('record_arresting_agency')} value={value.agency} onChange={set('agency')} />
      <TextField
        wide
        label={t('record_prosecuting_agency')}
        value={value.prosecutingAgency ?? ''}
        onChange={set('prosecutingAgency')}
        placeholder={t('record_prosecuting_agency_example')}
      />
      <TextField wide label={t('record_disposition')} value={value.disposition} onChange={set('disposition')} />
      <TextField wide label={t('record_sentence')} value={value.sentence} onChange={set('sentence')} />
    </div>
  );
}
