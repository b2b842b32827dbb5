import type { Address } from '@/lib/model';
import { TextField } from '../ui/Field';

export function AddressFields({ value, onChange, prefix }: { value: Address; onChange(a: Address): void; prefix: string }) {
  const set = (k: keyof Address) => (v: string) => onChange({ ...value, [k]: v });
  return (
    <>
      <TextField wide label={`${prefix} street`} value={value.street} onChange={set('street')} />
      <TextField label="City" value={value.city} onChange={set('city')} />
      <TextField label="State" value={value.state} onChange={set('state')} />
      <TextField label="ZIP" value={value.zip} onChange={set('zip')} />
    </>
  );
}
