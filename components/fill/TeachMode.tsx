import { useState } from 'react';
import type { CollectedField } from '@/lib/autofill/types';
import { useI18n } from '../ui/i18n';
import { sourceLabel } from './source-label';

interface Props {
  /** Fields of the page that the plan does not fill (and that may be filled). */
  fields: CollectedField[];
  /** Case fields a page field can take, with this case's value as a hint. */
  sources: { source: string; sample: string }[];
  onHover(selector: string | null): void;
  onSave(mappings: { selector: string; source: string }[]): Promise<void>;
}

/**
 * Teach mode: map a page's fields to case fields by hand. Hovering a row outlines the field on
 * the page. Saved as a user adapter for this site (selectors only, never case data).
 */
export function TeachMode({ fields, sources, onHover, onSave }: Props) {
  const { t } = useI18n();
  const [map, setMap] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const chosen = Object.entries(map).filter(([, source]) => source);
  if (!fields.length) return <p className="muted">{t('fill_teach_all_planned')}</p>;
  return (
    <div className="teach" data-testid="teach-mode">
      <p className="muted small">{t('fill_teach_intro')}</p>
      <ul className="teach-fields">
        {fields.map((f) => {
          const name = f.label || f.before || f.cell || f.name || f.id || f.selector;
          return (
            <li key={f.selector} onMouseEnter={() => onHover(f.selector)} onMouseLeave={() => onHover(null)}>
              <label>
                <span>{name}</span>
                <select aria-label={t('fill_teach_select', name)} value={map[f.selector] ?? ''} onChange={(e) => setMap({ ...map, [f.selector]: e.target.value })}>
                  <option value="">{t('fill_teach_leave')}</option>
                  {sources.map((s) => (
                    <option key={s.source} value={s.source}>
                      {sourceLabel(t, s.source)}
                      {s.sample ? ` (${s.sample.slice(0, 24)})` : ''}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        disabled={!chosen.length || saving}
        onClick={() => {
          setSaving(true);
          void onSave(chosen.map(([selector, source]) => ({ selector, source }))).finally(() => setSaving(false));
        }}
      >
        {chosen.length === 0 ? t('fill_teach_save_none') : chosen.length === 1 ? t('fill_teach_save_one', 1) : t('fill_teach_save_other', chosen.length)}
      </button>
    </div>
  );
}
