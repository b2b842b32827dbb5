/** Text helpers for reading a control's evidence from the page. */

const SKIP_TEXT = new Set(['select', 'option', 'textarea', 'script', 'style', 'template', 'button', 'input']);

/** Visible-ish text of a node, without the text of controls (a wrapping label's select options). */
export function textOf(node: Node, limit = 300): string {
  let out = '';
  const walk = (n: Node): void => {
    if (out.length > limit) return;
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const el = n as Element;
      if (SKIP_TEXT.has(el.localName) || el.hasAttribute('hidden')) return;
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(node);
  return clean(out).slice(0, limit);
}

export const clean = (s: string): string => s.replace(/\s+/g, ' ').replace(/\s*\*\s*$/, '').trim();

// ASP.NET naming containers and Hungarian prefixes carry no meaning: ctl00$Main$txtDefLast.
const NOISE = /^(ctl\d*|main|maincontent|content\d*|contentplaceholder\d*|cph\w*|body|placeholder\d*|form\d*|frm|fld|field|input|ctrl|\d+)$/;
const PREFIX = /^(txt|ddl|drp|chk|cb|cbx|rb|rbl|rdo|lst|cbo|cmb|sel|tb|dd|inp)(?=[A-Z0-9])/;

/**
 * Splits a name or id into lower-case words: camelCase, snake, brackets, dots, `$`.
 * @example nameTokens('ctl00$Main$txtDefLast') // ['def', 'last']
 */
export function nameTokens(s: string): string[] {
  const out: string[] = [];
  for (const raw of s.split(/[^A-Za-z0-9]+/)) {
    if (!raw || NOISE.test(raw.toLowerCase())) continue;
    const part = raw.replace(PREFIX, '');
    const words = part
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/([A-Za-z])(\d)/g, '$1 $2')
      .toLowerCase()
      .split(' ');
    for (const w of words) if (w && !NOISE.test(w)) out.push(w);
  }
  return out;
}

/** Lower-case words of free text, accents removed. */
export function words(s: string): string[] {
  return fold(s)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Lower case without accents. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
