/**
 * openForm(bytes, case): the checks a PDF must pass before it is filled (a PDF, readable, not
 * encrypted, with AcroForm fields), then its fields and the plan. One path for the panel, the
 * CLI and the bench. Bad input is a value with one line saying what is wrong, not an exception.
 */
import type { CaseBody } from '../model';
import { inspectForm } from '../packet/pdf-forms';
import type { Adapter } from '../portals/schema';
import { adapterForForm, knownForm, type KnownForm } from './adapters';
import { planForm, type FormPlan } from './plan';
import { readForm, type PdfFormRead } from './read';

export type OpenedForm =
  | {
      ok: true;
      form: PdfFormRead;
      plan: FormPlan;
      /** The form has an XFA layer: filling removes it (with a warning). */
      hasXfa: boolean;
      /** The adapter's form, or null for a form planned by its labels alone. */
      known: KnownForm | null;
    }
  | { ok: false; problem: string };

/**
 * @example const opened = await openForm(bytes, caseBody); if (!opened.ok) exitWith(opened.problem)
 */
export async function openForm(bytes: Uint8Array, body: CaseBody, options: { adapter?: Adapter | null } = {}): Promise<OpenedForm> {
  if (new TextDecoder().decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) return { ok: false, problem: 'not a PDF' };
  let info;
  try {
    info = await inspectForm(bytes);
  } catch {
    return { ok: false, problem: 'not a readable PDF' };
  }
  if (info.encrypted) return { ok: false, problem: 'the PDF is encrypted; open it and save an unlocked copy first' };
  if (!info.fieldCount) return { ok: false, problem: 'the PDF has no form fields to fill' };
  let form: PdfFormRead;
  try {
    form = await readForm(bytes, { widgets: info.widgets });
  } catch {
    return { ok: false, problem: 'not a readable PDF' };
  }
  if (!form.fields.length) return { ok: false, problem: 'the PDF has no form fields to fill' };
  const adapter = options.adapter === undefined ? adapterForForm(form.firstPageText) : options.adapter;
  const plan = planForm(form, body, { adapter });
  return { ok: true, form, plan, hasXfa: info.hasXfa, known: adapter ? knownForm(adapter) : null };
}
