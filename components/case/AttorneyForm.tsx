import type { Attorney } from '@/lib/model';
import { TextField } from '../ui/Field';
import { AddressFields } from './AddressFields';

/** Counsel of record: printed from line 1 of every pleading's first page (CRC 2.111). */
export function AttorneyForm({ value, onChange }: { value: Attorney; onChange(a: Attorney): void }) {
  const set = <K extends keyof Attorney>(k: K) => (v: Attorney[K]) => onChange({ ...value, [k]: v });
  return (
    <form className="grid" onSubmit={(e) => e.preventDefault()} aria-label="Attorney">
      <TextField wide label="Attorney name" name="attorneyName" value={value.name} onChange={set('name')} />
      <TextField label="State Bar number" value={value.barNumber} onChange={set('barNumber')} />
      <TextField label="Firm or organisation" value={value.firm} onChange={set('firm')} />
      <TextField label="Phone" type="tel" value={value.phone} onChange={set('phone')} />
      <TextField label="Email" type="email" value={value.email} onChange={set('email')} />
      <AddressFields prefix="Office:" value={value.address} onChange={set('address')} />
    </form>
  );
}
