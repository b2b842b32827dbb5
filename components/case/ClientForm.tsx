import type { Client } from '@/lib/model';
import { CheckboxField, SelectField, TextField } from '../ui/Field';
import { AddressFields } from './AddressFields';
import { AliasesEditor } from './AliasesEditor';

const SEX = [
  { value: '', label: '—' },
  { value: 'F', label: 'F' },
  { value: 'M', label: 'M' },
  { value: 'X', label: 'X' },
] as const;

/** The petitioner's identity and contact details, as they appear on the record and the petition. */
export function ClientForm({ value, onChange }: { value: Client; onChange(c: Client): void }) {
  const set = <K extends keyof Client>(k: K) => (v: Client[K]) => onChange({ ...value, [k]: v });
  return (
    <form className="grid" onSubmit={(e) => e.preventDefault()} aria-label="Client">
      <TextField label="First name" name="firstName" value={value.firstName} onChange={set('firstName')} />
      <TextField label="Middle name" name="middleName" value={value.middleName} onChange={set('middleName')} />
      <TextField wide label="Last name" name="lastName" value={value.lastName} onChange={set('lastName')} />
      <AliasesEditor value={value.aliases} onChange={set('aliases')} />
      <TextField label="Date of birth" type="date" value={value.dob} onChange={set('dob')} />
      <SelectField label="Sex" value={value.sex} options={SEX} onChange={set('sex')} />
      <TextField label="CII number" value={value.cii} onChange={set('cii')} hint="From the DOJ RAP sheet" />
      <TextField label="Driver licence" value={value.driversLicense} onChange={set('driversLicense')} />
      <TextField label="Place of birth" value={value.placeOfBirth} onChange={set('placeOfBirth')} />
      <TextField label="Height" value={value.height} onChange={set('height')} />
      <TextField label="Weight" value={value.weight} onChange={set('weight')} />
      <TextField label="Eyes" value={value.eyeColor} onChange={set('eyeColor')} />
      <TextField label="Hair" value={value.hairColor} onChange={set('hairColor')} />
      <TextField label="Phone" type="tel" value={value.phone} onChange={set('phone')} />
      <TextField label="Email" type="email" value={value.email} onChange={set('email')} />
      <TextField label="Language" value={value.language} onChange={set('language')} hint="e.g. en, es, zh" />
      <CheckboxField label="Needs an interpreter" checked={value.interpreterNeeded} onChange={set('interpreterNeeded')} />
      <AddressFields prefix="Address:" value={value.address} onChange={set('address')} />
    </form>
  );
}
