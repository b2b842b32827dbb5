import { useRef, type KeyboardEvent } from 'react';
import { useI18n, type I18n } from './i18n';

interface Props<T extends string> {
  label: string;
  /** From the caller's useId(): the panel takes `tabPanelId(idBase, tab)` and `tabId(idBase, tab)`. */
  idBase: string;
  tabs: readonly T[];
  current: T;
  onSelect(tab: NoInfer<T>): void;
  /** A tab's name on screen; by default the message `ui_tab_<tab>` (see tabLabel), else the tab itself. */
  labelOf?(tab: T): string;
}

/**
 * The ARIA tabs pattern: one tab in the page's tab order (roving tabindex), arrow keys move
 * between tabs and select them, Home and End jump to the ends. The panel carries
 * `tabPanelId(idBase, tab)` and is labelled by `tabId(idBase, tab)`, so screen readers can follow
 * `aria-controls`.
 */
export function TabList<T extends string>({ label, idBase, tabs, current, onSelect, labelOf }: Props<T>) {
  const { t } = useI18n();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (e: KeyboardEvent, i: number) => {
    const last = tabs.length - 1;
    const to = { ArrowRight: i === last ? 0 : i + 1, ArrowLeft: i === 0 ? last : i - 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    onSelect(tabs[to]!);
    refs.current[to]?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={label}>
      {tabs.map((tab, i) => (
        <button
          key={tab}
          ref={(el) => void (refs.current[i] = el)}
          type="button"
          role="tab"
          id={tabId(idBase, tab)}
          aria-selected={current === tab}
          aria-controls={tabPanelId(idBase, tab)}
          tabIndex={current === tab ? 0 : -1}
          className={current === tab ? 'tab tab--on' : 'tab'}
          onClick={() => onSelect(tab)}
          onKeyDown={(e) => move(e, i)}
        >
          {labelOf ? labelOf(tab) : tabLabel(t, tab)}
        </button>
      ))}
    </div>
  );
}

/**
 * A tab's name in the panel's language: the message `ui_tab_<tab in lower case, words joined by _>`
 * ("RAP sheet" → ui_tab_rap_sheet); a tab without a message shows as it is named.
 */
export function tabLabel(t: I18n['t'], tab: string): string {
  const key = `ui_tab_${tab.toLowerCase().replace(/\W+/g, '_')}`;
  const text = t(key);
  return text === key ? tab : text;
}

const slug = (tab: string) => tab.replace(/\W+/g, '-');
export const tabId = (base: string, tab: string) => `${base}-tab-${slug(tab)}`;
export const tabPanelId = (base: string, tab: string) => `${base}-panel-${slug(tab)}`;
