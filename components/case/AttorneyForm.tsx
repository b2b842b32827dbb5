import type { Attorney } from '@/lib/model';
import { TextField } from '../ui/Field';
import { useI18n } from '../ui/i18n';
import { AddressFields } from './AddressFields';

/** Counsel of record: printed from line 1 of every pleading's first page (CRC 2.111). */
export function AttorneyForm({ value, onChange }: { value: Attorney; onChange(a: Attorney): void }) {
  const { t } = useI18n();
  const set = <K extends keyof Attorney>(k: K) => (v: Attorney[K]) => onChange({ ...value, [k]: v });
  return (
    <form className="grid" onSubmit={(e) => e.preventDefault()} aria-label={t('client_attorney_form')}>
      <TextField wide label={t('client_attorney_name')} name="attorneyName" value={value.name} onChange={set('name')} />
      <TextField label={t('client_attorney_barNumber')} value={value.barNumber} onChange={set('barNumber')} />
      <TextField label={t('client_attorney_firm')} value={value.firm} onChange={set('firm')} />
      <TextField label={t('client_phone')} type="tel" value={value.phone} onChange={set('phone')} />
      <TextField label={t('client_email')} type="email" value={value.email} onChange={set('email')} />
      <AddressFields kind="office" value={value.address} onChange={set('address')} />
    </form>
  );
}
