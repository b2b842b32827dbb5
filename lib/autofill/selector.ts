/**
 * Selectors that find a control again: CSS within one document or shadow root, with ` |> ` to
 * step into a same-origin iframe's document and ` >>> ` into an element's open shadow root.
 * @example resolveSelector(document, '#partiesFrame |> #filingOnBehalfOf')
 */
export const FRAME_STEP = ' |> ';
export const SHADOW_STEP = ' >>> ';

type Root = Document | ShadowRoot | Element;

/** CSS.escape for identifiers (jsdom has no CSS.escape). */
export function cssEscape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const leadingDigit = /\d/.test(c) && (i === 0 || (i === 1 && s[0] === '-'));
    if (leadingDigit) out += `\\${c.charCodeAt(0).toString(16)} `;
    else if (/[a-zA-Z0-9_\-\u00a0-\uffff]/.test(c)) out += c;
    else out += `\\${c}`;
  }
  return out;
}

const attr = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/** Counts of ids and names inside one root, built once per collect. */
export interface RootIndex {
  ids: Map<string, number>;
  names: Map<string, number>;
}

export function indexRoot(root: Document | ShadowRoot): RootIndex {
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  for (const el of Array.from(root.querySelectorAll('[id]'))) ids.set(el.id, (ids.get(el.id) ?? 0) + 1);
  for (const el of Array.from(root.querySelectorAll('[name]'))) {
    const n = el.getAttribute('name')!;
    const key = `${el.localName}|${n}`;
    names.set(key, (names.get(key) ?? 0) + 1);
  }
  return { ids, names };
}

/** A selector unique inside `root` for `el` (an element of that root). */
export function localSelector(el: Element, index: RootIndex): string {
  if (el.id && index.ids.get(el.id) === 1) return `#${cssEscape(el.id)}`;
  const name = el.getAttribute('name');
  const tag = el.localName;
  if (name) {
    const byName = `${tag}[name="${attr(name)}"]`;
    if (index.names.get(`${tag}|${name}`) === 1) return byName;
    const value = el.getAttribute('value');
    if ((el as HTMLInputElement).type === 'radio' || (el as HTMLInputElement).type === 'checkbox') {
      if (value !== null) return `${byName}[value="${attr(value)}"]`;
    }
  }
  // A path of :nth-of-type steps up to the nearest ancestor with a unique id.
  const parts: string[] = [];
  let node: Element | null = el;
  while (node) {
    if (node !== el && node.id && index.ids.get(node.id) === 1) {
      parts.unshift(`#${cssEscape(node.id)}`);
      break;
    }
    const parent: Element | null = node.parentElement;
    let nth = 1;
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === node.localName) nth++;
    parts.unshift(`${node.localName}:nth-of-type(${nth})`);
    node = parent;
  }
  return parts.join(' > ');
}

export type Resolved = { el: Element } | { error: string };

/** Finds the element a selector names, or says why it cannot. */
export function resolveSelector(root: Root, selector: string): Resolved {
  const parts = selector.split(/( \|> | >>> )/);
  let scope: Root = root;
  for (let i = 0; i < parts.length; i += 2) {
    let el: Element | null;
    const part = parts[i]!;
    const byId = /^#([A-Za-z][\w-]*)$/.exec(part);
    try {
      el = byId && 'getElementById' in scope ? (scope as Document).getElementById(byId[1]!) : scope.querySelector(part);
    } catch {
      return { error: `not a valid selector: ${parts[i]}` };
    }
    if (!el) return { error: 'not on the page' };
    const step = parts[i + 1];
    if (!step) return { el };
    if (step === FRAME_STEP) {
      const doc = frameDocument(el);
      if (typeof doc === 'string') return { error: doc };
      scope = doc;
    } else {
      const shadow = (el as Element).shadowRoot;
      if (!shadow) return { error: 'shadow root is closed or missing' };
      scope = shadow;
    }
  }
  return { error: 'empty selector' };
}

/** Resolves every alternative in turn; the first that finds exactly one element wins. */
export function resolveFirst(root: Root, alternatives: string[]): Element | null {
  for (const s of alternatives) {
    const r = resolveSelector(root, s);
    if ('el' in r) return r.el;
  }
  return null;
}

/** A same-origin, unsandboxed frame's document, or the reason it may not be entered. */
export function frameDocument(frame: Element): Document | string {
  if (frame.localName !== 'iframe' && frame.localName !== 'frame') return 'not a frame';
  if (frame.hasAttribute('sandbox')) return 'sandboxed frame';
  let doc: Document | null = null;
  try {
    doc = (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return 'cross-origin frame';
  }
  if (!doc) return 'cross-origin frame';
  return doc;
}
