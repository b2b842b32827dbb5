/**
 * Finds and focuses the field a checklist link names, inside the tab it opened (issue 14: "each
 * item a link to where it is fixed"). A component may mark its own place with
 * `data-focus="<key>"`; for parts of the panel that do not, the key maps to the label a field
 * carries. Within a marked place, the first empty field wins (that is what is missing), else the
 * first control. Nothing found: the first control of the tab, so focus never drops to the page.
 */

const CONTROL = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';
const FIELD = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="file"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** Fields named by the start of their label, for tabs that carry no `data-focus` marks. */
const BY_LABEL: Record<string, string[]> = {
  nexus: ['Nexus (attorney)'],
  agency: ['Prosecuting agency that obtained'],
  hearing: ['Hearing date'],
  service: ['Served on', 'Received by the agency on'],
  rap: ['RAP sheet text'],
};
/** Places named by a selector (their first control is focused). */
const BY_SELECTOR: Record<string, string> = {
  attorney: 'form[aria-label="Attorney"]',
  'full-name': '[data-testid="full-name-exhibits"]',
  exhibits: '.exhibits',
  service: '.service',
  rap: 'textarea[aria-label="RAP sheet text"]',
};

const visible = (el: HTMLElement) => !el.closest('[hidden]') && el.getAttribute('aria-hidden') !== 'true';
const isEmpty = (el: Element) => (el as HTMLInputElement).value === '';

function firstIn(place: HTMLElement): HTMLElement | null {
  if (place.matches(CONTROL)) return place;
  const fields = [...place.querySelectorAll<HTMLElement>(FIELD)].filter(visible);
  return fields.find(isEmpty) ?? [...place.querySelectorAll<HTMLElement>(CONTROL)].filter(visible)[0] ?? null;
}

function byLabel(root: HTMLElement, prefixes: string[]): HTMLElement | null {
  const labelled: HTMLElement[] = [];
  for (const prefix of prefixes) {
    for (const label of root.querySelectorAll('label')) {
      if (!(label.textContent ?? '').trim().startsWith(prefix)) continue;
      const control = label.htmlFor ? root.ownerDocument.getElementById(label.htmlFor) : label.querySelector<HTMLElement>(FIELD);
      if (control && root.contains(control)) labelled.push(control);
    }
    for (const el of root.querySelectorAll<HTMLElement>(`[aria-label^="${prefix}"]`)) if (el.matches(FIELD)) labelled.push(el);
  }
  return labelled.find(isEmpty) ?? labelled[0] ?? null;
}

/** The attach button of the first exhibit without a file (the list marks an attached one with `.ok-text`). */
function exhibitWithoutFile(root: HTMLElement): HTMLElement | null {
  for (const li of root.querySelectorAll<HTMLElement>('.exhibit')) {
    const file = li.querySelector('.exhibit-file');
    const button = file?.querySelector<HTMLElement>('button');
    if (button && !file!.querySelector('.ok-text')) return button;
  }
  return null;
}

/** The element a key names inside `root`, or null. */
export function findTarget(root: HTMLElement, key: string): HTMLElement | null {
  if (!key) return null;
  const marked = root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`);
  if (marked) return firstIn(marked);
  if (key === 'exhibits') {
    const button = exhibitWithoutFile(root);
    if (button) return button;
  }
  const entry = /^event:(.+):(\w+)$/.exec(key);
  if (entry) {
    const row = root.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(entry[1]!)}"]`);
    const field = entry[2] === 'county' ? 'County' : entry[2]!;
    return row ? (byLabel(row, [field]) ?? firstIn(row)) : null;
  }
  const labelled = BY_LABEL[key] ? byLabel(root, BY_LABEL[key]) : null;
  if (labelled) return labelled;
  const place = BY_SELECTOR[key] ? root.querySelector<HTMLElement>(BY_SELECTOR[key]) : null;
  return place ? firstIn(place) : null;
}

/**
 * Focuses what `key` names in `root` (scrolled into view), else the tab's first control.
 * @returns the element focused, or null when the tab has no control at all.
 */
export function focusTarget(root: HTMLElement, key: string): HTMLElement | null {
  const el = findTarget(root, key) ?? firstIn(root);
  if (!el) return null;
  el.focus();
  el.scrollIntoView?.({ block: 'center' });
  return el;
}
