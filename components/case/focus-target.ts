/**
 * Finds and focuses the field a checklist link names, inside the tab it opened (issue 14: "each
 * item a link to where it is fixed"). A component may mark its own place with
 * `data-focus="<key>"`; for parts of the panel that do not, the key maps to the `name` a field
 * carries (never its label, which changes with the panel's language). Within a marked place, the
 * first empty field wins (that is what is missing), else the first control. Nothing found: the
 * first control of the tab, so focus never drops to the page.
 */

const CONTROL = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';
const FIELD = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="file"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** Fields named by their `name`, for places without a `data-focus` mark. */
const BY_NAME: Record<string, string[]> = {
  hearing: ['hearing-date'],
  service: ['servedOn', 'receivedOn'],
};
/** Places named by a selector (their first empty field, else their first control, is focused). */
const BY_SELECTOR: Record<string, string> = {
  attorney: 'form:has([name="attorneyName"])',
  'full-name': '[data-testid="full-name-exhibits"]',
  exhibits: '.exhibits',
  service: '.service',
};

const visible = (el: HTMLElement) => !el.closest('[hidden]') && el.getAttribute('aria-hidden') !== 'true';
const isEmpty = (el: Element) => (el as HTMLInputElement).value === '';

function firstIn(place: HTMLElement): HTMLElement | null {
  if (place.matches(CONTROL)) return place;
  const fields = [...place.querySelectorAll<HTMLElement>(FIELD)].filter(visible);
  return fields.find(isEmpty) ?? [...place.querySelectorAll<HTMLElement>(CONTROL)].filter(visible)[0] ?? null;
}

function byName(root: HTMLElement, names: string[]): HTMLElement | null {
  const named = names.flatMap((n) => [...root.querySelectorAll<HTMLElement>(`[name="${CSS.escape(n)}"]`)].filter((el) => el.matches(FIELD)));
  return named.find(isEmpty) ?? named[0] ?? null;
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
    return row ? (byName(row, [entry[2]!]) ?? firstIn(row)) : null;
  }
  const named = BY_NAME[key] ? byName(root, BY_NAME[key]) : null;
  if (named) return named;
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
