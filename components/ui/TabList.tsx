import { useRef, type KeyboardEvent } from 'react';

interface Props<T extends string> {
  label: string;
  /** From the caller's useId(): the panel takes `tabPanelId(idBase, tab)` and `tabId(idBase, tab)`. */
  idBase: string;
  tabs: readonly T[];
  current: T;
  onSelect(tab: NoInfer<T>): void;
}

/**
 * The ARIA tabs pattern: one tab in the page's tab order (roving tabindex), arrow keys move
 * between tabs and select them, Home and End jump to the ends. The panel carries
 * `tabPanelId(idBase, tab)` and is labelled by `tabId(idBase, tab)`, so screen readers can follow
 * `aria-controls`.
 */
export function TabList<T extends string>({ label, idBase, tabs, current, onSelect }: Props<T>) {
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
      {tabs.map((t, i) => (
        <button
          key={t}
          ref={(el) => void (refs.current[i] = el)}
          type="button"
          role="tab"
          id={tabId(idBase, t)}
          aria-selected={current === t}
          aria-controls={tabPanelId(idBase, t)}
          tabIndex={current === t ? 0 : -1}
          className={current === t ? 'tab tab--on' : 'tab'}
          onClick={() => onSelect(t)}
          onKeyDown={(e) => move(e, i)}
        >
          {t}
        </button>
      ))}
    </div>
  );
}

const slug = (tab: string) => tab.replace(/\W+/g, '-');
export const tabId = (base: string, tab: string) => `${base}-tab-${slug(tab)}`;
export const tabPanelId = (base: string, tab: string) => `${base}-panel-${slug(tab)}`;
