/**
 * Whether the user can see a control, so autofill never writes where they cannot check it
 * (the Bitwarden rule: hidden fields are how pages harvest autofilled data). Style comes from
 * getComputedStyle; layout from a Geometry that is real in a browser and injectable in jsdom,
 * which has no layout.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Geometry {
  /** The element's box in page coordinates, or null when layout is unknown. */
  box(el: Element): Box | null;
  /** The document's scrollable size, or null when unknown. */
  page(doc: Document): { width: number; height: number } | null;
  /** The topmost element at a page point, or null to skip the "covered" check. */
  topAt(el: Element, x: number, y: number): Element | null;
}

const hasLayout = (doc: Document): boolean => {
  const r = doc.documentElement.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
};

/** Real layout in a browser; in jsdom (no layout: every box is 0 x 0) it answers "unknown". */
export const browserGeometry: Geometry = {
  box(el) {
    const doc = el.ownerDocument;
    if (!hasLayout(doc)) return null;
    const r = el.getBoundingClientRect();
    const win = doc.defaultView;
    return { left: r.left + (win?.scrollX ?? 0), top: r.top + (win?.scrollY ?? 0), width: r.width, height: r.height };
  },
  page(doc) {
    if (!hasLayout(doc)) return null;
    const e = doc.documentElement;
    return { width: Math.max(e.scrollWidth, e.clientWidth), height: Math.max(e.scrollHeight, e.clientHeight) };
  },
  topAt(el, x, y) {
    const doc = el.ownerDocument;
    const win = doc.defaultView;
    const vx = x - (win?.scrollX ?? 0);
    const vy = y - (win?.scrollY ?? 0);
    if (!win || vx < 0 || vy < 0 || vx >= win.innerWidth || vy >= win.innerHeight) return null; // not in view: cannot tell
    const root = el.getRootNode() as Document | ShadowRoot;
    return typeof root.elementFromPoint === 'function' ? root.elementFromPoint(vx, vy) : null;
  },
};

import { labelsOf, type LabelIndex } from './evidence';

const labelIndexes = new WeakMap<StyleCache, LabelIndex>();
/** The label index that lives as long as this style cache (one collect or fill run). */
export function labelIndex(cache: StyleCache): LabelIndex {
  let i = labelIndexes.get(cache);
  if (!i) labelIndexes.set(cache, (i = new Map()));
  return i;
}

type Style = { display: string; visibility: string; opacity: string };

/** Per-run cache: a 200-field form shares most ancestors. */
export type StyleCache = Map<Element, Style>;

function styleOf(el: Element, cache: StyleCache): Style {
  let s = cache.get(el);
  if (!s) {
    const cs = el.ownerDocument.defaultView?.getComputedStyle(el);
    s = { display: cs?.display ?? '', visibility: cs?.visibility ?? '', opacity: cs?.opacity ?? '' };
    cache.set(el, s);
  }
  return s;
}

/** The parent element, crossing out of a shadow root to its host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode() as ShadowRoot;
  return root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

/**
 * The selectors of style rules that could hide something (display: none, visibility hidden or
 * collapse, opacity below 0.1) in a document or shadow root, or null when a sheet cannot be
 * read (cross-origin). getComputedStyle is costly in jsdom (about 1 ms an element, cold), so it
 * is asked only about elements such a rule or an inline style could hide: exact either way.
 */
const hidingRules = new WeakMap<StyleCache, Map<Node, string[] | null>>();

function rulesOf(root: Document | ShadowRoot, cache: StyleCache): string[] | null {
  let byRoot = hidingRules.get(cache);
  if (!byRoot) hidingRules.set(cache, (byRoot = new Map()));
  if (byRoot.has(root)) return byRoot.get(root)!;
  const out: string[] = [];
  let readable = true;
  const scan = (rules: CSSRuleList) => {
    for (const r of Array.from(rules)) {
      const rule = r as CSSStyleRule & CSSGroupingRule & CSSImportRule;
      if (rule.style && rule.selectorText) {
        const st = rule.style;
        const op = st.getPropertyValue('opacity');
        if (st.getPropertyValue('display') === 'none' || /hidden|collapse/.test(st.getPropertyValue('visibility')) || (op !== '' && Number(op) < 0.1)) out.push(rule.selectorText);
      } else if (rule.cssRules) scan(rule.cssRules);
      else if ('styleSheet' in rule) {
        try {
          if (rule.styleSheet) scan(rule.styleSheet.cssRules);
          else readable = false;
        } catch {
          readable = false;
        }
      }
    }
  };
  for (const sheet of Array.from(root.styleSheets ?? [])) {
    try {
      scan(sheet.cssRules);
    } catch {
      readable = false;
    }
  }
  const result = readable ? out : null;
  byRoot.set(root, result);
  return result;
}

const INLINE_HIDING = /display|visibility|opacity/i;

type Suspect = 'no' | 'ua' | 'inline' | 'rule';
const suspectCache = new WeakMap<StyleCache, Map<Element, Suspect>>();

/**
 * Could a style hide this element itself? 'no' means certainly not by CSS; 'ua' the browser's
 * own sheet hides it; 'inline' only its style attribute could; 'rule' an author rule might (or
 * a sheet could not be read): ask getComputedStyle. Cached per run.
 */
function suspect(n: Element, cache: StyleCache): Suspect {
  let seen = suspectCache.get(cache);
  if (!seen) suspectCache.set(cache, (seen = new Map()));
  let v = seen.get(n);
  if (v === undefined) {
    const rules = rulesOf(n.getRootNode() as Document | ShadowRoot, cache);
    const byRule =
      !rules ||
      rules.some((sel) => {
        try {
          return n.matches(sel);
        } catch {
          return false;
        }
      });
    v = uaHides(n) ? 'ua' : byRule ? 'rule' : INLINE_HIDING.test(n.getAttribute('style') ?? '') ? 'inline' : 'no';
    seen.set(n, v);
  }
  return v;
}

/** The browser's own stylesheet hides these. */
function uaHides(n: Element): boolean {
  const tag = n.localName;
  if (tag === 'template' || tag === 'noscript' || (tag === 'dialog' && !n.hasAttribute('open'))) return true;
  const parent = n.parentElement;
  return !!parent && parent.localName === 'details' && !parent.hasAttribute('open') && tag !== 'summary';
}

const inlineStyle = (n: Element): Style => {
  const st = (n as HTMLElement).style;
  return { display: st?.display ?? '', visibility: st?.visibility ?? '', opacity: st?.opacity ?? '' };
};

/**
 * Why `el` is not viewable, or '' when it is. Checks the hidden attribute, display and
 * visibility, opacity below 0.1 on it or an ancestor, then (when layout is known) a size under
 * 10 px, a position off the page, and another element covering its centre.
 */
export function notViewable(el: Element, geometry: Geometry = browserGeometry, cache: StyleCache = new Map()): string {
  let visibilityDecided = false;
  for (let n: Element | null = el; n; n = parentOf(n)) {
    if (n.hasAttribute('hidden') && n.localName !== 'input') return 'hidden';
    if ((n as HTMLInputElement).type === 'hidden' && n.localName === 'input') return 'hidden input';
    const kind = suspect(n, cache);
    if (kind === 'no') continue;
    if (kind === 'ua') return 'hidden';
    // Computed style when an author rule is involved; else the style attribute says it all.
    const s = kind === 'rule' ? styleOf(n, cache) : inlineStyle(n);
    if (s.display === 'none') return 'hidden (display: none)';
    if (s.opacity !== '' && Number(s.opacity) < 0.1) return 'transparent (opacity below 0.1)';
    // visibility is inherited: the nearest element that sets it decides.
    if (!visibilityDecided && s.visibility) {
      if (s.visibility === 'hidden' || s.visibility === 'collapse') return 'hidden (visibility)';
      if (kind === 'inline' || s.visibility === 'visible') visibilityDecided = true;
    }
  }
  const box = geometry.box(el);
  if (!box) return '';
  if (box.width < 10 || box.height < 10) return 'smaller than 10 px';
  const page = geometry.page(el.ownerDocument);
  if (box.left + box.width <= 0 || box.top + box.height <= 0 || (page && (box.left >= page.width || box.top >= page.height))) return 'off the page';
  const top = geometry.topAt(el, box.left + box.width / 2, box.top + box.height / 2);
  if (top && top !== el && !el.contains(top) && !top.contains(el) && !labelsOf(el, labelIndex(cache)).some((l) => l === top || l.contains(top))) {
    return 'covered by another element';
  }
  return '';
}


/**
 * A radio or checkbox styled away (opacity 0, 1 px) behind a visible label is still something
 * the user sees and clicks: it counts as viewable when one of its labels is.
 */
export function notViewableControl(el: Element, geometry: Geometry = browserGeometry, cache: StyleCache = new Map()): string {
  const why = notViewable(el, geometry, cache);
  if (!why) return '';
  const type = (el as HTMLInputElement).type;
  if (el.localName === 'input' && (type === 'radio' || type === 'checkbox') && !/^hidden/.test(why)) {
    if (labelsOf(el, labelIndex(cache)).some((l) => !notViewable(l, geometry, cache))) return '';
  }
  return why;
}
