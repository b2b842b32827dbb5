/**
 * collect(root): a plain-JSON snapshot of the page's form controls with their evidence, taken
 * on demand (nothing keeps watching). Enters same-origin frames and open shadow roots; notes
 * the frames it may not enter. At most 200 fields.
 */
import { describe, kindOf, labelsOf } from './evidence';
import { FRAME_STEP, SHADOW_STEP, frameDocument, indexRoot, localSelector, resolveSelector, type RootIndex } from './selector';
import { sensitiveReason, stateReason } from './sensitive';
import { textOf } from './text';
import type { CollectedField, FieldOption, FrameNote, Probe, Snapshot } from './types';
import { browserGeometry, labelIndex, notViewable, notViewableControl, type Geometry, type StyleCache } from './visibility';

export const FIELD_CAP = 200;

export interface CollectOptions {
  geometry?: Geometry;
  cap?: number;
  /** Selectors to look up (an adapter's fields and step markers): answered in `snapshot.probes`. */
  probe?: string[];
}

interface Ctx {
  fields: CollectedField[];
  frames: FrameNote[];
  radios: Map<string, CollectedField>;
  groups: Map<Node, number>;
  byDoc: Map<Document, CollectedField[]>;
  geometry: Geometry;
  styles: StyleCache;
  cap: number;
  truncated: boolean;
}

/**
 * @example const snap = collect(document); snap.fields.filter((f) => !f.never).map((f) => f.label)
 */
export function collect(root: Document | Element = document, options: CollectOptions = {}): Snapshot {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const ctx: Ctx = {
    fields: [],
    frames: [],
    radios: new Map(),
    groups: new Map(),
    byDoc: new Map(),
    geometry: options.geometry ?? browserGeometry,
    styles: new Map(),
    cap: options.cap ?? FIELD_CAP,
    truncated: false,
  };
  walk(root.nodeType === 9 ? (root as Document) : (root as Element), doc, '', '', ctx);
  markPaymentPages(ctx);
  const snapshot: Snapshot = { url: doc.URL, title: doc.title, fields: ctx.fields, truncated: ctx.truncated, frames: ctx.frames };
  if (options.probe?.length) snapshot.probes = probe(root, options.probe, ctx);
  return snapshot;
}

/** Finds each selector's element and names the collected field it is (radio options included). */
function probe(root: Document | Element, selectors: string[], ctx: Ctx): Record<string, Probe> {
  const bySelector = new Map<string, CollectedField>();
  for (const f of ctx.fields) {
    bySelector.set(f.selector, f);
    for (const o of f.options ?? []) if (o.selector) bySelector.set(o.selector, f);
  }
  const out: Record<string, Probe> = {};
  for (const s of selectors) {
    const r = resolveSelector(root, s);
    if (!('el' in r)) {
      out[s] = { selector: null, visible: false };
      continue;
    }
    const own = selectorOf(r.el, root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument);
    const field = own ? bySelector.get(own) : undefined;
    out[s] = { selector: field ? own : s, visible: !notViewable(r.el, ctx.geometry, ctx.styles) };
  }
  return out;
}

/** The collect-style selector of an element: its frame and shadow-host chain, then its own. */
export function selectorOf(el: Element, top?: Document): string | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  const own = localSelector(el, indexRoot(root));
  if ((root as ShadowRoot).host) {
    const host = selectorOf((root as ShadowRoot).host, top);
    return host === null ? null : host + SHADOW_STEP + own;
  }
  const frame = root === top ? null : (root as Document).defaultView?.frameElement;
  if (frame) {
    const outer = selectorOf(frame, top);
    return outer === null ? null : outer + FRAME_STEP + own;
  }
  return own;
}

function walk(scope: Document | ShadowRoot | Element, doc: Document, prefix: string, hiddenBy: string, ctx: Ctx): void {
  const searchRoot = (scope.nodeType === 1 ? (scope as Element).getRootNode() : scope) as Document | ShadowRoot;
  const index = indexRoot(searchRoot);
  const tw = doc.createTreeWalker(scope, 1 /* SHOW_ELEMENT */);
  for (let node = tw.currentNode as Element | null; node; node = tw.nextNode() as Element | null) {
    if (node.nodeType !== 1) continue;
    const el = node;
    if (el.localName === 'iframe' || el.localName === 'frame') {
      const sel = prefix + localSelector(el, index);
      const inner = frameDocument(el);
      if (typeof inner === 'string') ctx.frames.push({ selector: sel, reason: inner });
      else if (inner.documentElement) {
        const why = hiddenBy || notViewableControl(el, ctx.geometry, ctx.styles);
        walk(inner, inner, sel + FRAME_STEP, why ? `in a hidden frame: ${why}` : '', ctx);
      }
      continue;
    }
    const kind = kindOf(el);
    if (kind) addControl(el, kind, doc, prefix, index, hiddenBy, ctx);
    if (el.shadowRoot) walk(el.shadowRoot, doc, prefix + localSelector(el, index) + SHADOW_STEP, hiddenBy, ctx);
  }
}

function groupOf(el: Element, doc: Document, ctx: Ctx): number {
  const key: Node = (el as HTMLInputElement).form ?? doc;
  let g = ctx.groups.get(key);
  if (g === undefined) ctx.groups.set(key, (g = ctx.groups.size));
  return g;
}

function addControl(el: Element, kind: CollectedField['kind'], doc: Document, prefix: string, index: RootIndex, hiddenBy: string, ctx: Ctx): void {
  const selector = prefix + localSelector(el, index);
  const ev = describe(el, kind, labelIndex(ctx.styles));
  const hidden = hiddenBy || notViewableControl(el, ctx.geometry, ctx.styles);
  const never = sensitiveReason(ev) || stateReason(el, kind) || (hidden ? `not viewable: ${hidden}` : '');
  const group = groupOf(el, doc, ctx);
  if (kind === 'radio') {
    const key = `${prefix}|${group}|${ev.name || selector}`;
    const own = textOf((labelsOf(el, labelIndex(ctx.styles))[0] ?? el.parentElement) as Node, 120) || el.getAttribute('value') || '';
    const option: FieldOption = { value: el.getAttribute('value') ?? 'on', label: own, selector };
    const existing = ctx.radios.get(key);
    if (existing) {
      existing.options!.push(option);
      if ((el as HTMLInputElement).checked) existing.value = option.value;
      // The group is fillable when any of its radios is.
      if (existing.never && !never) delete existing.never;
      if (!hidden) existing.visible = true;
      return;
    }
    if (ctx.fields.length >= ctx.cap) return void (ctx.truncated = true);
    const field: CollectedField = {
      ...ev,
      selector,
      // A radio group's label is its question (legend / group label / text before the group).
      label: ev.legend || ev.before || ev.cell || ev.label,
      options: [option],
      value: (el as HTMLInputElement).checked ? option.value : '',
      group,
      visible: !hidden,
      ...(never ? { never } : {}),
    };
    ctx.radios.set(key, field);
    push(field, doc, ctx);
    return;
  }
  if (ctx.fields.length >= ctx.cap) return void (ctx.truncated = true);
  const field: CollectedField = {
    ...ev,
    selector,
    value: (el as HTMLInputElement).value ?? '',
    group,
    visible: !hidden,
    ...(never ? { never } : {}),
  };
  if (kind === 'select') {
    field.options = Array.from((el as HTMLSelectElement).options).map((o) => ({ value: o.value, label: o.text.replace(/\s+/g, ' ').trim() }));
  }
  if (kind === 'checkbox') {
    field.checked = (el as HTMLInputElement).checked;
    if (!field.label) field.label = textOf(el.parentElement as Node, 200);
  }
  push(field, doc, ctx);
}

function push(field: CollectedField, doc: Document, ctx: Ctx): void {
  ctx.fields.push(field);
  const list = ctx.byDoc.get(doc) ?? [];
  list.push(field);
  ctx.byDoc.set(doc, list);
}

/** A document showing a card field is a payment page: nothing on it is filled, billing address included. */
function markPaymentPages(ctx: Ctx): void {
  for (const list of ctx.byDoc.values()) {
    if (!list.some((f) => f.visible && f.never === 'payment card field')) continue;
    for (const f of list) if (!f.never) f.never = 'payment page';
  }
}
