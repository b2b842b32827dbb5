/**
 * planForm(form, case, adapter?): lib/autofill's plan over a PDF form's evidence, then the
 * paper-form rules: choices are written as export values (a checkbox run becomes one checked
 * box), a name or number a form repeats (page headers, the printed name at the signature) goes
 * into every copy, eye and hair colours in the three-letter codes a short box asks for.
 * Never-fill fields (signature, preprinted, official use, SSN) arrive marked from evidence.ts.
 */
import { plan } from '../autofill/plan';
import { colourCode } from '../autofill/options';
import type { CollectedField, Plan, Snapshot } from '../autofill/types';
import type { CaseBody } from '../model';
import type { Adapter } from '../portals/schema';
import { adapterForForm } from './adapters';
import { GROUP_PREFIX, formSnapshot } from './evidence';
import type { PdfFormRead } from './read';

export interface FormStep {
  /** The PDF field's full name. */
  field: string;
  /** What the user reads on the form beside the field. */
  label: string;
  source: string;
  /** Shown value: text, the choice's label, 'true' for a checked box. */
  value: string;
  /** What is written into the field: text, an export value, 'true' / 'false'. */
  write: string;
  confidence: number;
  reason: string;
}

export interface FormPlan {
  adapter: string | null;
  steps: FormStep[];
  unfilled: { field: string; label: string; reason: string }[];
  total: number;
}

/** Colour names become codes when a colour box is short (three characters) or asks for a code. */
function withColourCodes(body: CaseBody, fields: CollectedField[]): CaseBody {
  const wantsCode = fields.some((f) => /\b(eyes?|hair)\b/i.test(f.label) && ((f.maxLength ?? 99) <= 3 || /\bcode\b/i.test(f.label)));
  if (!wantsCode) return body;
  const c = body.client;
  return { ...body, client: { ...c, eyeColor: colourCode(c.eyeColor) || c.eyeColor, hairColor: colourCode(c.hairColor) || c.hairColor } };
}

function probes(snapshot: Snapshot, adapter: Adapter | null): Snapshot {
  if (!adapter) return snapshot;
  const names = new Set(snapshot.fields.map((f) => f.selector));
  const wanted = [...adapter.neverFill, ...adapter.steps.flatMap((s) => s.fields.flatMap((f) => f.selectors))];
  return { ...snapshot, probes: Object.fromEntries(wanted.filter((s) => names.has(s)).map((s) => [s, { selector: s, visible: true }])) };
}

/**
 * @example planForm(await readForm(bytes), body).steps // [{ field: 'TextField1', label: 'Last name', value: 'Varga', ... }]
 */
export function planForm(form: PdfFormRead, body: CaseBody, options: { adapter?: Adapter | null } = {}): FormPlan {
  const adapter = options.adapter === undefined ? adapterForForm(form.firstPageText) : options.adapter;
  const snapshot = probes(formSnapshot(form), adapter);
  const caseBody = withColourCodes(body, snapshot.fields);
  const result: Plan = plan(snapshot, caseBody, adapter);
  const byName = new Map(snapshot.fields.map((f) => [f.selector, f]));
  const steps: FormStep[] = [];
  const unfilled: FormPlan['unfilled'] = result.unfilled.map((u) => ({ field: u.selector, label: u.label, reason: u.reason }));
  const push = (field: CollectedField, s: Plan['steps'][number], source = s.source) => {
    let write = s.value;
    if (field.kind === 'radio' || field.kind === 'select') {
      const o = field.options?.find((x) => x.label === s.value) ?? field.options?.find((x) => x.value === s.value);
      write = o?.value ?? s.value;
    }
    if (field.selector.startsWith(GROUP_PREFIX)) {
      steps.push({ field: write, label: field.label, source, value: s.value, write: 'true', confidence: s.confidence, reason: `${s.reason}; the box beside "${s.value}"` });
      return;
    }
    steps.push({ field: field.selector, label: s.label, source, value: s.value, write, confidence: s.confidence, reason: s.reason });
  };
  for (const s of result.steps) push(byName.get(s.selector)!, s);
  for (const q of result.questions) {
    // A paper form repeats a value (the name in a caption and under the signature): every copy takes it.
    const fields = /^Several fields could take/.test(q.prompt)
      ? snapshot.fields.filter((f) => !f.never && q.choices.includes(f.label || f.selector))
      : [];
    const alone = fields.map((f) => plan({ ...snapshot, fields: [f], probes: {} }, caseBody, null).steps[0]);
    if (fields.length && alone.every(Boolean)) {
      fields.forEach((f, i) => push(f, alone[i]!));
      continue;
    }
    unfilled.push({ field: q.selector, label: q.label, reason: `${q.prompt} (${q.choices.join(' | ')})` });
  }
  const total = snapshot.fields.length;
  return { adapter: adapter?.id ?? null, steps, unfilled, total };
}
