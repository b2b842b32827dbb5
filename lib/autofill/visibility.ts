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
 * Why `el` is not viewable, or '' when it is. Checks the hidden attribute, display and
 * visibility, opacity below 0.1 on it or an ancestor, then (when layout is known) a size under
 * 10 px, a position off the page, and another element covering its centre.
 */
export function notViewable(el: Element, geometry: Geometry = browserGeometry, cache: StyleCache = new Map()): string {
  const own = styleOf(el, cache);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return 'hidden (visibility)';
  for (let n: Element | null = el; n; n = parentOf(n)) {
    if (n.hasAttribute('hidden') && n.localName !== 'input') return 'hidden';
    if ((n as HTMLInputElement).type === 'hidden' && n.localName === 'input') return 'hidden input';
    const s = styleOf(n, cache);
    if (s.display === 'none') return 'hidden (display: none)';
    if (s.opacity !== '' && Number(s.opacity) < 0.1) return 'transparent (opacity below 0.1)';
  }
  const box = geometry.box(el);
  if (!box) return '';
  if (box.width < 10 || box.height < 10) return 'smaller than 10 px';
  const page = geometry.page(el.ownerDocument);
  if (box.left + box.width <= 0 || box.top + box.height <= 0 || (page && (box.left >= page.width || box.top >= page.height))) return 'off the page';
  const top = geometry.topAt(el, box.left + box.width / 2, box.top + box.height / 2);
  if (top && top !== el && !el.contains(top) && !top.contains(el) && !labelsOf(el).some((l) => l === top || l.contains(top))) {
    return 'covered by another element';
  }
  return '';
}

function labelsOf(el: Element): Element[] {
  const labels = (el as HTMLInputElement).labels;
  return labels ? Array.from(labels) : [];
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
    if (labelsOf(el).some((l) => !notViewable(l, geometry, cache))) return '';
  }
  return why;
}
