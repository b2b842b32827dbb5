import { useEffect, useRef } from 'react';
import type { CaseEvent } from '@/lib/model';
import { SelectField, TextField } from '../ui/Field';

const KINDS = [
  { value: 'conviction', label: 'Conviction' },
  { value: 'arrest', label: 'Arrest (no conviction)' },
  { value: 'adjudication', label: 'Juvenile adjudication' },
] as const;
const LEVELS = [
  { value: '', label: 'Unknown' },
  { value: 'F', label: 'Felony' },
  { value: 'M', label: 'Misdemeanor' },
  { value: 'I', label: 'Infraction' },
] as const;

/** The fields of one arrest, conviction or adjudication count; `autoFocus` focuses the first (a new entry). */
export function EventForm({ value, onChange, autoFocus = false }: { value: CaseEvent; onChange(e: CaseEvent): void; autoFocus?: boolean }) {
  const set = <K extends keyof CaseEvent>(k: K) => (v: CaseEvent[K]) => onChange({ ...value, [k]: v });
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) box.current?.querySelector<HTMLElement>('select, input, textarea')?.focus();
  }, []);
  return (
    <div className="grid event-form" ref={box}>
      <SelectField label="Kind" value={value.kind} options={KINDS} onChange={set('kind')} />
      <TextField label={value.kind === 'arrest' ? 'Date (arrest)' : 'Date (court / disposition)'} type="date" value={value.date} onChange={set('date')} />
      <TextField
        label="Offense date (from the court file)"
        type="date"
        value={value.offenseDate ?? ''}
        onChange={set('offenseDate')}
        hint="Vacatur turns on when the offense was committed (Pen. Code § 236.14(a), (g)(1)); a court date is later than the offense."
      />
      <TextField label="Code" value={value.code} onChange={set('code')} placeholder="PC" />
      <TextField label="Section" value={value.section} onChange={set('section')} placeholder="647(b)" />
      <SelectField label="Level" value={value.level} options={LEVELS} onChange={set('level')} />
      <TextField label="County" value={value.county} onChange={set('county')} />
      <TextField wide label="Description" value={value.description} onChange={set('description')} />
      <TextField wide label="Court" value={value.court} onChange={set('court')} />
      <TextField label="Case number" value={value.caseNumber} onChange={set('caseNumber')} />
      <TextField label="Arresting agency" value={value.agency} onChange={set('agency')} />
      <TextField label="Prosecuting agency (Pen. Code § 236.14(c))" value={value.prosecutingAgency ?? ''} onChange={set('prosecutingAgency')} placeholder="e.g. Los Angeles City Attorney" />
      <TextField wide label="Disposition" value={value.disposition} onChange={set('disposition')} />
      <TextField wide label="Sentence" value={value.sentence} onChange={set('sentence')} />
    </div>
  );
}
