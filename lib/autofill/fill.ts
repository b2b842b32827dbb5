/**
 * fill(root, steps, expectedUrl): the dumb executor. Writes each planned value the way a
 * framework sees a user's typing (the prototype's native value setter, then input / change /
 * blur), drives comboboxes (type, wait for the options, pick the exact label), selects,
 * radios and checkboxes; then re-reads every field, retries once, and reports per field.
 * It re-checks every never-fill rule on the live element, fills nothing when the page's URL is
 * not the one the plan was made for, and never clicks Save, Next or Submit.
 */
import { describe, kindOf } from './evidence';
import { matchOption, norm } from './options';
import { resolveSelector } from './selector';
import { paymentReason, sensitiveReason, stateReason } from './sensitive';
import { textOf } from './text';
import type { FieldOutcome, FillReport, FillStep } from './types';
import { browserGeometry, labelIndex, notViewable, notViewableControl, type Geometry, type StyleCache } from './visibility';

export interface FillOptions {
  geometry?: Geometry;
  /** How long a combobox may take to show its options (ms). */
  optionTimeoutMs?: number;
}

type Win = Window & typeof globalThis;
const winOf = (el: Element) => el.ownerDocument.defaultView as Win;
const sleep = (el: Element, ms: number) => new Promise<void>((ok) => winOf(el).setTimeout(ok, ms));

function fire(el: Element, type: string, init: EventInit = {}): void {
  const w = winOf(el);
  const Ctor =
    type === 'input' && w.InputEvent ? w.InputEvent : /^(mouse|click)/.test(type) ? w.MouseEvent : /^(focus|blur)/.test(type) && w.FocusEvent ? w.FocusEvent : w.Event;
  el.dispatchEvent(new Ctor(type, { bubbles: true, composed: true, cancelable: true, ...init }));
}

/** Sets `value` through the prototype's setter, so React-style value trackers see a change. */
export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const w = winOf(el);
  const proto = el.localName === 'textarea' ? w.HTMLTextAreaElement.prototype : el.localName === 'select' ? w.HTMLSelectElement.prototype : w.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

/**
 * Tells the page a field got focus. Plain fields get the focus events only: moving real focus
 * from field to field makes the browser recompute layout each time (after the previous value
 * changed), about 1 ms a field. Frameworks listen to these events (focus/blur on the element,
 * focusin/focusout bubbling to their root). Comboboxes get real focus: they open on it.
 */
function enter(el: HTMLElement, realFocus: boolean): void {
  if (realFocus) return el.focus({ preventScroll: true });
  fire(el, 'focus', { bubbles: false });
  fire(el, 'focusin');
}

function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string, realFocus = false): void {
  enter(el, realFocus);
  setNativeValue(el, value);
  fire(el, 'input', { inputType: 'insertText', data: value } as InputEventInit);
  fire(el, 'change');
}

function leave(el: HTMLElement): void {
  if (el.ownerDocument.activeElement === el) return el.blur();
  fire(el, 'blur', { bubbles: false });
  fire(el, 'focusout');
}

const current = (el: Element): string => (el as HTMLInputElement).value ?? '';

function selectOption(el: HTMLSelectElement, label: string): boolean {
  const options = Array.from(el.options);
  const want = norm(label);
  const o = options.find((x) => norm(x.text) === want) ?? options.find((x) => norm(x.value) === want);
  if (!o) return false;
  enter(el, false);
  setNativeValue(el, o.value);
  fire(el, 'input');
  fire(el, 'change');
  return true;
}

function listboxOf(el: Element): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  const box = el.closest('[role="combobox"]') ?? el;
  for (const attr of ['aria-controls', 'aria-owns']) {
    for (const id of [el.getAttribute(attr), box.getAttribute(attr)]) {
      const found = id ? root.getElementById?.(id.split(/\s+/)[0]!) : null;
      if (found) return found;
    }
  }
  const near = box.parentElement?.querySelector('[role="listbox"]');
  if (near) return near;
  // Libraries that portal the popup to the end of <body> and name it nowhere: the one listbox
  // on the page that has options.
  const open = Array.from(root.querySelectorAll('[role="listbox"]')).filter((l) => l.querySelector('[role="option"]'));
  return open.length === 1 ? open[0]! : null;
}

async function pickFromCombobox(el: HTMLInputElement, step: FillStep, timeoutMs: number): Promise<FieldOutcome | null> {
  typeInto(el, step.value, true);
  fire(el, 'keyup', { key: step.value.slice(-1) } as KeyboardEventInit);
  const deadline = Date.now() + timeoutMs;
  let options: Element[] = [];
  for (;;) {
    const list = listboxOf(el);
    options = list ? Array.from(list.querySelectorAll('[role="option"]')).filter((o) => o.getAttribute('aria-disabled') !== 'true') : [];
    if (options.length || Date.now() > deadline) break;
    await sleep(el, 20);
  }
  const choice = step.option ?? { label: step.value };
  if (!options.length) return outcome(step, 'skipped', `no options appeared after typing "${step.value}"`);
  const m = matchOption(
    options.map((o, i) => ({ value: String(i), label: textOf(o, 300) })),
    choice.label ?? '',
    choice,
  );
  if (!m) return outcome(step, 'skipped', `no option matches "${choice.label ?? choice.contains?.join(' ') ?? step.value}"`);
  if ('ambiguous' in m) return { ...outcome(step, 'skipped', 'several options match: choose one'), choices: m.ambiguous.map((o) => o.label) };
  const option = options[Number(m.option.value)]!;
  for (const t of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) fire(option, t);
  step.option = { label: m.option.label };
  return null;
}

function outcome(step: FillStep, result: FieldOutcome['outcome'], reason?: string): FieldOutcome {
  return { selector: step.selector, label: step.label, outcome: result, ...(reason ? { reason } : {}) };
}

/** The value a field should show once filled, for the re-read. */
function expected(el: Element, step: FillStep): string {
  if (step.kind === 'combobox') return step.value === '' ? '' : (step.option?.label ?? step.value);
  return step.value;
}

function stuck(el: Element, step: FillStep): boolean {
  const kind = kindOf(el);
  if (kind === 'checkbox') return (el as HTMLInputElement).checked === (step.value === 'true');
  if (kind === 'radio') return (el as HTMLInputElement).checked === (step.value !== 'false');
  if (kind === 'select') {
    const s = el as HTMLSelectElement;
    const o = s.options[s.selectedIndex];
    return !!o && (norm(o.text) === norm(step.value) || norm(o.value) === norm(step.value));
  }
  return norm(current(el)) === norm(expected(el, step));
}

async function apply(el: Element, step: FillStep, timeoutMs: number): Promise<FieldOutcome | null> {
  const kind = kindOf(el);
  if (kind === 'checkbox' || kind === 'radio') {
    const input = el as HTMLInputElement;
    // A radio step's value is its option's label; 'false' (an undo) clears it.
    const want = kind === 'radio' ? step.value !== 'false' : step.value === 'true';
    if (input.checked !== want) input.click();
    if (input.checked !== want) {
      const w = winOf(el);
      Object.getOwnPropertyDescriptor(w.HTMLInputElement.prototype, 'checked')?.set?.call(input, want);
      fire(input, 'input');
      fire(input, 'change');
    }
    return null;
  }
  if (kind === 'select') return selectOption(el as HTMLSelectElement, step.value) ? null : outcome(step, 'skipped', `no option "${step.value}"`);
  if (kind === 'combobox') {
    // Clearing (an undo) needs no option.
    if (step.value === '') return void typeInto(el as HTMLInputElement, ''), null;
    return pickFromCombobox(el as HTMLInputElement, step, timeoutMs);
  }
  typeInto(el as HTMLInputElement, step.value);
  return null;
}

/** The page shows a payment card field: nothing on it is filled. */
function paymentDocument(doc: Document, geometry: Geometry, styles: StyleCache, cache: Map<Document, boolean>): boolean {
  let v = cache.get(doc);
  if (v === undefined) {
    v = Array.from(doc.querySelectorAll('input, select, textarea')).some((c) => {
      const kind = kindOf(c);
      return !!kind && !!paymentReason(describe(c, kind, labelIndex(styles))) && !notViewable(c, geometry, styles);
    });
    cache.set(doc, v);
  }
  return v;
}

/**
 * @example await fill(document, plan.steps, plan.url) // { url, outcomes: [{ selector, outcome: 'filled' }, ...] }
 */
export async function fill(root: Document | Element, steps: FillStep[], expectedUrl: string, options: FillOptions = {}): Promise<FillReport> {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  if (doc.URL !== expectedUrl) {
    return { url: doc.URL, refused: 'the page changed since the plan was made: nothing was filled', outcomes: steps.map((s) => outcome(s, 'skipped', 'the page changed since the plan')) };
  }
  const geometry = options.geometry ?? browserGeometry;
  const timeoutMs = options.optionTimeoutMs ?? 3000;
  const styles: StyleCache = new Map();
  const payment = new Map<Document, boolean>();
  const results = new Map<FillStep, FieldOutcome>();
  const pending: { el: Element; step: FillStep; original: FillStep }[] = [];

  // First check every step, then write: reading layout between writes would force a reflow
  // per field in a browser.
  const ready: { el: Element; step: FillStep; original: FillStep; previous: string }[] = [];
  for (const original of steps) {
    const step = { ...original, ...(original.option ? { option: { ...original.option } } : {}) };
    const r = resolveSelector(root, step.selector);
    if (!('el' in r)) {
      results.set(original, outcome(step, 'skipped', r.error));
      continue;
    }
    const el = r.el;
    const kind = kindOf(el);
    if (!kind) {
      results.set(original, outcome(step, 'skipped', 'not a form control'));
      continue;
    }
    const why =
      sensitiveReason(describe(el, kind, labelIndex(styles))) ||
      stateReason(el, kind) ||
      (paymentDocument(el.ownerDocument, geometry, styles, payment) ? 'payment page' : '') ||
      notViewableControl(el, geometry, styles);
    if (why) {
      results.set(original, outcome(step, 'skipped', why));
      continue;
    }
    const previous = kind === 'checkbox' || kind === 'radio' ? String((el as HTMLInputElement).checked) : current(el);
    ready.push({ el, step, original, previous });
  }
  for (const { el, step, original, previous } of ready) {
    const early = await apply(el, step, timeoutMs);
    if (early) {
      results.set(original, early);
      continue;
    }
    results.set(original, { ...outcome(step, 'filled'), previous });
    pending.push({ el, step, original });
  }

  // Let frameworks re-render once, then re-read everything; what did not stick gets one retry.
  for (const p of pending) if (p.step.kind !== 'combobox') leave(p.el as HTMLElement);
  await sleep(doc.documentElement, 0);
  let retry = pending.filter((p) => !stuck(p.el, p.step));
  if (retry.length) {
    for (const p of retry) {
      await apply(p.el, p.step, timeoutMs);
      if (p.step.kind !== 'combobox') leave(p.el as HTMLElement);
    }
    await sleep(doc.documentElement, 0);
    retry = retry.filter((p) => !stuck(p.el, p.step));
    for (const p of retry) {
      results.set(p.original, outcome(p.step, 'did-not-stick', `the page shows "${current(p.el)}" instead`));
    }
  }
  return { url: doc.URL, outcomes: steps.map((s) => results.get(s)!) };
}

/**
 * Teach mode: outlines a control while the user hovers its row in the panel. Returns the undo.
 * The outline is the only trace, and it is removed as soon as the pointer leaves the row.
 */
export function highlight(root: Document | Element, selector: string): () => void {
  const r = resolveSelector(root, selector);
  if (!('el' in r)) return () => {};
  const el = r.el as HTMLElement;
  const before = el.style.getPropertyValue('outline');
  const priority = el.style.getPropertyPriority('outline');
  el.style.setProperty('outline', '3px solid #d97706', 'important');
  el.scrollIntoView?.({ block: 'center' });
  return () => el.style.setProperty('outline', before, priority);
}
