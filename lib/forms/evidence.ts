/**
 * A PDF form's fields as autofill evidence (lib/autofill's CollectedField), so the one matcher
 * and planner serve web portals and paper forms alike: the label is the tooltip or the text
 * printed beside the widget, the tokens come from the field name, the section heading is the
 * legend. Fields never to fill carry `never` with the reason (signature, preprinted, official
 * use, SSN).
 */
import { sensitiveReason } from '../autofill/sensitive';
import { nameTokens } from '../autofill/text';
import type { CollectedField, FieldKind, Snapshot } from '../autofill/types';
import type { PdfField, PdfFormRead } from './read';

/** Words of generated field names that say nothing about the field (LiveCycle, Acrobat defaults). */
const PDF_NOISE = /^(subform|page|p|caption|text|textfield|check|box|checkbox|group|choice|radio|button|list|radiobuttonlist|dropdown|combo|sig|item|info|va|cr|mc|fw)$/;
/** A block the agency or court fills: Live Scan operator, clerk, "for official use". */
export const OFFICIAL = /\b(official|operator|office|clerk|court|agency|department)\s+use\b|\bdo not write\b|\bfor (doj|agency|clerk) use\b/i;
/** A bare part word printed over a split box ("MM", "DD", "in"). */
const PART_ONLY = /^\(?(mm|dd|yy|yyyy|month|day|year|ft|in|feet|inches)\)?:?$/i;

/** A group selector for a run of checkboxes that act as one choice ("Sex: [ ] Male [ ] Female"). */
export const GROUP_PREFIX = 'boxes:';

const kindOf = (f: PdfField): FieldKind =>
  f.type === 'checkbox' ? 'checkbox' : f.type === 'radio' ? 'radio' : f.type === 'choice' ? 'select' : f.multiline ? 'textarea' : 'text';

function neverReason(f: PdfField, e: CollectedField): string | undefined {
  if (f.type === 'signature') return 'signature field: signed by hand';
  if (f.type === 'button') return 'push button';
  if (f.readOnly) return 'read-only (preprinted)';
  if (OFFICIAL.test(`${f.heading} | ${e.label} | ${f.above}`)) return 'for official / operator use only';
  const s = sensitiveReason({ ...e, tag: 'input', type: 'text', id: '', autocomplete: '' });
  return s || undefined;
}

function evidenceOf(f: PdfField, label: string): CollectedField {
  const box = f.type === 'checkbox';
  const chosen = label || f.tooltip || (box ? f.right || f.left : (f.left.replace(/[^A-Za-z]/g, '').length >= 3 ? f.left : '') || f.above || f.below);
  const e: CollectedField = {
    selector: f.name,
    kind: kindOf(f),
    tag: 'pdf',
    type: '',
    name: f.name,
    id: '',
    tokens: [...new Set(nameTokens(f.name).filter((w) => !PDF_NOISE.test(w)))],
    label: chosen,
    autocomplete: '',
    placeholder: '',
    before: [f.left, f.above].filter((t) => t && t !== chosen).join(' | '),
    cell: '',
    legend: f.heading,
    ...(f.maxLength ? { maxLength: f.maxLength } : {}),
    ...(f.options.length ? { options: f.options.map((o) => ({ value: o.value, label: o.label })) } : {}),
    value: f.value,
    group: f.page,
    visible: true,
  };
  const never = neverReason(f, e);
  return never ? { ...e, never } : e;
}

const sameRow = (a: PdfField, b: PdfField) => a.page === b.page && Math.abs(a.rect[1] - b.rect[1]) < 3;

/**
 * The snapshot the planner reads. Bare part words ("DD", "in") take the words of the box before
 * them on the row ("Date of birth - month" → "Date of birth DD"); checkboxes side by side with
 * one-word labels after a shared label ("Sex: [ ] M [ ] F") become one choice.
 * @example plan(formSnapshot(await readForm(bytes)), caseBody)
 */
export function formSnapshot(form: PdfFormRead, url = 'file:///form.pdf'): Snapshot {
  const fields: CollectedField[] = [];
  const used = new Set<string>();
  const src = form.fields;
  for (let i = 0; i < src.length; i++) {
    const f = src[i]!;
    if (used.has(f.name)) continue;
    if (f.type === 'checkbox' && !f.tooltip && f.right && f.right.length <= 12) {
      const run = [f];
      for (let j = i + 1; j < src.length; j++) {
        const g = src[j]!;
        const last = run[run.length - 1]!;
        if (g.type !== 'checkbox' || g.tooltip || !sameRow(g, last) || g.rect[0] - last.rect[2] > 90 || !g.right || g.right.length > 12) break;
        run.push(g);
      }
      if (run.length >= 2 && f.left) {
        run.forEach((r) => used.add(r.name));
        const base = evidenceOf({ ...f, name: `${GROUP_PREFIX}${run.map((r) => r.name).join('|')}`, type: 'radio', options: run.map((r) => ({ value: r.name, label: r.right })) }, f.left);
        fields.push({ ...base, tokens: [] });
        continue;
      }
    }
    let label = '';
    const prev = fields[fields.length - 1];
    const prevField = i > 0 ? src[i - 1] : undefined;
    const own = f.tooltip || f.left || f.above;
    if (PART_ONLY.test(own) && !f.tooltip && prev && prevField && sameRow(prevField, f) && f.type === 'text') {
      const part = own;
      label = `${prev.label.replace(/[\s\-–(]*\b(month|day|year|mm|dd|yyyy|yy|ft|in|feet|inches)\b\)?:?\s*$/i, '')} ${part}`.trim();
    }
    fields.push(evidenceOf(f, label));
  }
  return { url, title: form.firstPageText.split('\n')[0] ?? '', fields, truncated: false, frames: [] };
}
