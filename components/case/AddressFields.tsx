import type { Address } from '@/lib/model';
import { TextField } from '../ui/Field';
import { useI18n } from '../ui/i18n';

/** Street, city, state and ZIP; `kind` names the street field ("Address: street", "Office: street"). */
export function AddressFields({ value, onChange, kind }: { value: Address; onChange(a: Address): void; kind: 'client' | 'office' }) {
  const { t } = useI18n();
  const set = (k: keyof Address) => (v: string) => onChange({ ...value, [k]: v });
  return (
    <>
      <TextField wide label={kind === 'office' ? t('client_office_street') : t('client_address_street')} value={value.street} onChange={set('street')} />
      <TextField label={t('client_city')} value={value.city} onChange={set('city')} />
      <TextField label={t('client_state')} value={value.state} onChange={set('state')} />
      <TextField label={t('client_zip')} value={value.zip} onChange={set('zip')} />
    </>
  );
}
