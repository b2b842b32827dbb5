/** What a control says about itself: its label, name words, nearby text. Shared by collect and fill. */
import { clean, nameTokens, textOf } from './text';
import type { FieldKind } from './types';

export interface Evidence {
  kind: FieldKind;
  tag: string;
  type: string;
  name: string;
  id: string;
  tokens: string[];
  label: string;
  autocomplete: string;
  placeholder: string;
  before: string;
  cell: string;
  legend: string;
  maxLength?: number;
}

const rootOf = (el: Element) => el.getRootNode() as Document | ShadowRoot;

function byIds(el: Element, ids: string): string {
  const root = rootOf(el);
  return ids
    .split(/\s+/)
    .map((id) => (id && typeof root.getElementById === 'function' ? root.getElementById(id) : null))
    .filter((n): n is HTMLElement => !!n)
    .map((n) => textOf(n))
    .join(' ');
}

/** The input inside an ARIA 1.0 `div[role=combobox]`, or the element itself. */
export function kindOf(el: Element): FieldKind | null {
  const tag = el.localName;
  const role = el.getAttribute('role');
  if (tag === 'select') return 'select';
  if (tag === 'textarea') return 'textarea';
  if (tag === 'input') {
    const type = (el as HTMLInputElement).type;
    if (type === 'radio') return 'radio';
    if (type === 'checkbox') return 'checkbox';
    if (/^(hidden|submit|button|reset|image|file|range|color)$/.test(type)) return null;
    if (role === 'combobox' || (el.getAttribute('aria-autocomplete') === 'list' && el.hasAttribute('aria-controls'))) return 'combobox';
    if (el.closest('[role="combobox"]')) return 'combobox';
    return 'text';
  }
  return null;
}

export function labelOf(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const t = byIds(el, labelledBy);
    if (t) return clean(t);
  }
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length) {
    const t = Array.from(labels).map((l) => textOf(l)).join(' ');
    if (t) return clean(t);
  }
  const aria = el.getAttribute('aria-label');
  if (aria) return clean(aria);
  const title = el.getAttribute('title');
  return title ? clean(title) : '';
}

/** Text right before the control (a label-like span, a cell, "Telephone ("), looked for nearby only. */
export function textBefore(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth++) {
    for (let s = node.previousSibling; s; s = s.previousSibling) {
      if (s.nodeType === 1 && /^(input|select|textarea)$/.test((s as Element).localName)) return '';
      const t = s.nodeType === 3 ? clean(s.nodeValue ?? '') : s.nodeType === 1 ? textOf(s, 200) : '';
      if (t.replace(/[()\-–:*]/g, '').trim()) return t.slice(-100);
    }
    node = node.parentElement;
    if (node && /^(form|fieldset|body|table|tbody|tr)$/.test(node.localName)) break;
  }
  return '';
}

/** The table cell to the left (ASP.NET forms put the label there), else the column header. */
export function cellOf(el: Element): string {
  const td = el.closest('td, th');
  if (!td) return '';
  for (let s = td.previousElementSibling; s; s = s.previousElementSibling) {
    const t = textOf(s, 150);
    if (t) return t;
  }
  const table = td.closest('table');
  const row = td.parentElement as HTMLTableRowElement | null;
  if (!table || !row) return '';
  const col = (td as HTMLTableCellElement).cellIndex;
  const head = table.querySelector('thead tr') ?? table.querySelector('tr');
  if (!head || head === row) return '';
  const th = head.children[col];
  return th && th.localName === 'th' ? textOf(th, 150) : '';
}

export function legendOf(el: Element): string {
  const group = el.closest('fieldset, [role="group"], [role="radiogroup"]');
  if (!group) return '';
  if (group.localName === 'fieldset') {
    const legend = group.querySelector(':scope > legend');
    if (legend) return textOf(legend, 200);
  }
  const by = group.getAttribute('aria-labelledby');
  if (by) return clean(byIds(group, by));
  return clean(group.getAttribute('aria-label') ?? '');
}

export function describe(el: Element, kind: FieldKind): Evidence {
  const input = el as HTMLInputElement;
  const name = el.getAttribute('name') ?? '';
  const id = el.id;
  const max = el.getAttribute('maxlength');
  return {
    kind,
    tag: el.localName,
    type: el.localName === 'input' ? input.type : '',
    name,
    id,
    tokens: [...new Set([...nameTokens(name), ...nameTokens(id)])],
    label: labelOf(el),
    autocomplete: (el.getAttribute('autocomplete') ?? '').toLowerCase().trim(),
    placeholder: clean(el.getAttribute('placeholder') ?? ''),
    before: textBefore(el),
    cell: cellOf(el),
    legend: legendOf(el),
    ...(max && Number(max) > 0 ? { maxLength: Number(max) } : {}),
  };
}
