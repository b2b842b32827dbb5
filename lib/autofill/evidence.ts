/** What a control says about itself: its label, name words, nearby text. Shared by collect and fill. */
import { clean, nameTokens, textOf } from './text';
import type { CollectedField, FieldKind } from './types';

/** The part of a collected field that describes it (the rest is where it is and what it holds). */
export type Evidence = Pick<CollectedField, 'kind' | 'tag' | 'type' | 'name' | 'id' | 'tokens' | 'label' | 'autocomplete' | 'placeholder' | 'before' | 'cell' | 'legend' | 'maxLength'>;

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

/** The nearest ancestor-or-self passing `test` (a plain walk: selector engines are slow in jsdom). */
export function closestWhere(el: Element, test: (e: Element) => boolean): Element | null {
  for (let n: Element | null = el; n; n = n.parentElement) if (test(n)) return n;
  return null;
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
    if (closestWhere(el, (n) => n.getAttribute('role') === 'combobox')) return 'combobox';
    return 'text';
  }
  return null;
}

/** Labels by control, built once per root and run: jsdom's `el.labels` scans every label each call. */
export type LabelIndex = Map<Node, Map<Element, Element[]>>;

const LABELABLE = new Set(['input', 'select', 'textarea', 'button', 'meter', 'output', 'progress']);
const labelable = (e: Element) => LABELABLE.has(e.localName) && !(e.localName === 'input' && (e as HTMLInputElement).type === 'hidden');

/** A wrapping label's control: its first labelable descendant. */
function firstLabelable(label: Element): Element | null {
  for (let c = label.firstElementChild; c; c = c.nextElementSibling) {
    if (labelable(c)) return c;
    const inner = firstLabelable(c);
    if (inner) return inner;
  }
  return null;
}

/** The labels of a control (for= and wrapping), like `el.labels`. */
export function labelsOf(el: Element, index: LabelIndex = new Map()): Element[] {
  const root = el.getRootNode() as Document | ShadowRoot;
  let map = index.get(root);
  if (!map) {
    map = new Map();
    for (const label of Array.from(root.querySelectorAll('label'))) {
      const forId = label.getAttribute('for');
      const target = forId !== null ? (typeof root.getElementById === 'function' ? root.getElementById(forId) : null) : firstLabelable(label);
      if (!target || !labelable(target)) continue;
      map.set(target, [...(map.get(target) ?? []), label]);
    }
    index.set(root, map);
  }
  return map.get(el) ?? [];
}

export function labelOf(el: Element, index: LabelIndex = new Map()): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const t = byIds(el, labelledBy);
    if (t) return clean(t);
  }
  const labels = labelsOf(el, index);
  if (labels.length) {
    const t = labels.map((l) => textOf(l)).join(' ');
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
  const td = closestWhere(el, (n) => n.localName === 'td' || n.localName === 'th');
  if (!td) return '';
  for (let s = td.previousElementSibling; s; s = s.previousElementSibling) {
    const t = textOf(s, 150);
    if (t) return t;
  }
  const table = closestWhere(td, (n) => n.localName === 'table');
  const row = td.parentElement as HTMLTableRowElement | null;
  if (!table || !row) return '';
  const col = (td as HTMLTableCellElement).cellIndex;
  const head = table.querySelector('thead tr') ?? table.querySelector('tr');
  if (!head || head === row) return '';
  const th = head.children[col];
  return th && th.localName === 'th' ? textOf(th, 150) : '';
}

export function legendOf(el: Element): string {
  const group = closestWhere(el, (n) => n.localName === 'fieldset' || n.getAttribute('role') === 'group' || n.getAttribute('role') === 'radiogroup');
  if (!group) return '';
  if (group.localName === 'fieldset') {
    // The fieldset's legend is its first element child (HTML); a sibling walk, since jsdom's
    // live `children` collection costs a scan per index.
    let legend: Element | null = group.firstElementChild;
    while (legend && legend.localName !== 'legend') legend = legend.nextElementSibling;
    if (legend) return textOf(legend, 200);
  }
  const by = group.getAttribute('aria-labelledby');
  if (by) return clean(byIds(group, by));
  return clean(group.getAttribute('aria-label') ?? '');
}

export function describe(el: Element, kind: FieldKind, index: LabelIndex = new Map()): Evidence {
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
    label: labelOf(el, index),
    autocomplete: (el.getAttribute('autocomplete') ?? '').toLowerCase().trim(),
    placeholder: clean(el.getAttribute('placeholder') ?? ''),
    before: textBefore(el),
    cell: cellOf(el),
    legend: legendOf(el),
    ...(max && Number(max) > 0 ? { maxLength: Number(max) } : {}),
  };
}
