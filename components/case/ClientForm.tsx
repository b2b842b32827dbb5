import type { Client } from '@/lib/model';
import { CheckboxField, SelectField, TextField } from '../ui/Field';
import { useI18n } from '../ui/i18n';
import { AddressFields } from './AddressFields';
import { AliasesEditor } from './AliasesEditor';

/** The petitioner's identity and contact details, as they appear on the record and the petition. */
export function ClientForm({ value, onChange }: { value: Client; onChange(c: Client): void }) {
  const { t } = useI18n();
  const set = <K extends keyof Client>(k: K) => (v: Client[K]) => onChange({ ...value, [k]: v });
  // The letters the DOJ record uses; the names are spelled out for the reader.
  const sex = [
    { value: '', label: '—' },
    { value: 'F', label: t('client_sex_f') },
    { value: 'M', label: t('client_sex_m') },
    { value: 'X', label: t('client_sex_x') },
  ] as const;
  return (
    <form className="grid" onSubmit={(e) => e.preventDefault()} aria-label={t('client_form')}>
      <TextField label={t('client_firstName')} name="firstName" value={value.firstName} onChange={set('firstName')} />
      <TextField label={t('client_middleName')} name="middleName" value={value.middleName} onChange={set('middleName')} />
      <TextField wide label={t('client_lastName')} name="lastName" value={value.lastName} onChange={set('lastName')} />
      <AliasesEditor value={value.aliases} onChange={set('aliases')} />
      <TextField label={t('client_dob')} type="date" value={value.dob} onChange={set('dob')} />
      <SelectField label={t('client_sex')} value={value.sex} options={sex} onChange={set('sex')} />
      <TextField label={t('client_cii')} value={value.cii} onChange={set('cii')} hint={t('client_cii_hint')} />
      <TextField label={t('client_driversLicense')} value={value.driversLicense} onChange={set('driversLicense')} />
      <TextField label={t('client_placeOfBirth')} value={value.placeOfBirth} onChange={set('placeOfBirth')} />
      <TextField label={t('client_height')} value={value.height} onChange={set('height')} />
      <TextField label={t('client_weight')} value={value.weight} onChange={set('weight')} />
      <TextField label={t('client_eyeColor')} value={value.eyeColor} onChange={set('eyeColor')} />
      <TextField label={t('client_hairColor')} value={value.hairColor} onChange={set('hairColor')} />
      <TextField label={t('client_phone')} type="tel" value={value.phone} onChange={set('phone')} />
      <TextField label={t('client_email')} type="email" value={value.email} onChange={set('email')} />
      <TextField label={t('client_language')} value={value.language} onChange={set('language')} hint={t('client_language_hint')} />
      <CheckboxField label={t('client_interpreterNeeded')} checked={value.interpreterNeeded} onChange={set('interpreterNeeded')} />
      <AddressFields kind="client" value={value.address} onChange={set('address')} />
    </form>
  );
}
