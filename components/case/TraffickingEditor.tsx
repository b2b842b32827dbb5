import type { Trafficking } from '@/lib/model';
import { CheckboxField, TextAreaField } from '../ui/Field';
import { PeriodsEditor } from './PeriodsEditor';

/** Trafficking periods, the § 236.15 flag, and the narrative used in the declaration. */
export function TraffickingEditor({ value, onChange }: { value: Trafficking; onChange(t: Trafficking): void }) {
  return (
    <div className="trafficking">
      <h2>Trafficking periods</h2>
      <p className="hint">
        When the client was a victim of human trafficking (Pen. Code § 236.1). Each arrest or conviction dated inside a period, first and last day
        included, can be a vacatur candidate (§ 236.14(a)).
      </p>
      <PeriodsEditor value={value.periods} onChange={(periods) => onChange({ ...value, periods })} />
      <CheckboxField
        label="Also a survivor of intimate partner violence or sexual violence (Pen. Code § 236.15)"
        checked={value.ipvOrSexualViolence}
        onChange={(ipvOrSexualViolence) => onChange({ ...value, ipvOrSexualViolence })}
      />
      <TextAreaField
        label="Narrative"
        rows={8}
        value={value.narrative}
        onChange={(narrative) => onChange({ ...value, narrative })}
        hint="How the client was trafficked, by whom (no names needed), when it began and ended, and when they sought services (§ 236.14(l)). Used in the declaration."
      />
    </div>
  );
}
