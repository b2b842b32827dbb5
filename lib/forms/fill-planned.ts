/**
 * fillPlanned(bytes, form, steps): writes the steps the user kept into the PDF, as shown (and
 * perhaps edited) in the panel: a shown value goes back to what the field takes (a choice's
 * export value, the box of a checkbox run whose label was typed). Reports what was filled, what
 * was left empty and why (not in the plan, left out, did not fit), and the warnings.
 */
import type { FontBytes } from '../packet/pdf';
import { fillForm, type FormFill } from '../packet/pdf-forms';
import type { CollectedField } from '../autofill/types';
import { GROUP_PREFIX, formSnapshot } from './evidence';
import type { FormPlan, FormStep } from './plan';
import type { PdfFormRead } from './read';

/** A plan step as the panel holds it: `value` may be edited, `keep` false leaves the field empty. */
export interface KeptStep extends FormStep {
  keep?: boolean;
}

export interface FilledForm {
  bytes: Uint8Array;
  /** The steps written, with the field and value actually written. */
  filled: FormStep[];
  /** Fields left empty: the plan's, the steps left out, and the values the field refused. */
  unfilled: FormPlan['unfilled'];
  /** The XFA layer was removed, and the like. */
  warnings: string[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const TICKED = /^(true|yes|y|x|on|checked|1)$/i;

/**
 * What a step writes, from the value shown: text as it is, a choice by its label or export value,
 * a checkbox run by the label of the box to tick. Unedited steps give back the plan's own write.
 */
export function writeFor(fields: CollectedField[], step: FormStep): FormFill & { problem?: string } {
  const group = fields.find((f) => f.selector.startsWith(GROUP_PREFIX) && f.options?.some((o) => o.value === step.field));
  if (group) {
    const box = group.options!.find((o) => o.label === step.value) ?? group.options!.find((o) => same(o.label, step.value));
    if (box) return { field: box.value, value: 'true' };
    return { field: step.field, value: step.value, problem: `no box for "${step.value}" (${group.options!.map((o) => o.label).join(' / ')})` };
  }
  const field = fields.find((f) => f.selector === step.field);
  if (field?.kind === 'radio' || field?.kind === 'select') {
    const o =
      field.options?.find((x) => x.label === step.value) ??
      field.options?.find((x) => x.value === step.value) ??
      field.options?.find((x) => same(x.label, step.value) || same(x.value, step.value));
    return { field: step.field, value: o?.value ?? step.value };
  }
  if (field?.kind === 'checkbox') return { field: step.field, value: TICKED.test(step.value.trim()) ? 'true' : 'false' };
  return { field: step.field, value: step.value };
}

/**
 * @example const { bytes, filled, unfilled } = await fillPlanned(pdf, opened.form, opened.plan, steps, { fonts })
 */
export async function fillPlanned(bytes: Uint8Array, form: PdfFormRead, plan: FormPlan, steps: KeptStep[], options: { fonts: FontBytes; flatten?: boolean }): Promise<FilledForm> {
  const fields = formSnapshot(form).fields;
  const kept = steps.filter((s) => s.keep !== false);
  const writes = kept.map((s) => writeFor(fields, s));
  const fills = writes.filter((w) => !w.problem);
  const out = await fillForm(bytes, fills.map(({ field, value }) => ({ field, value })), options);
  const filled: FormStep[] = [];
  const unfilled: FormPlan['unfilled'] = [...plan.unfilled];
  let at = 0;
  kept.forEach((s, i) => {
    const w = writes[i]!;
    const outcome = w.problem ? { outcome: 'skipped', reason: w.problem } : out.outcomes[at++]!;
    const { keep: _keep, ...step } = s;
    if (outcome.outcome === 'filled') filled.push({ ...step, field: w.field, write: w.value });
    else unfilled.push({ field: s.field, label: s.label, reason: outcome.reason ?? 'not filled' });
  });
  for (const s of steps) if (s.keep === false) unfilled.push({ field: s.field, label: s.label, reason: 'left out' });
  return { bytes: out.bytes, filled, unfilled, warnings: out.warnings };
}
