import { useState } from 'react';
import type { CollectedField } from '@/lib/autofill/types';

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
  const [map, setMap] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const chosen = Object.entries(map).filter(([, source]) => source);
  if (!fields.length) return <p className="muted">Every fillable field on this page is already planned.</p>;
  return (
    <div className="teach" data-testid="teach-mode">
      <p className="muted small">Pick the case field each page field should take. Hover a row to see the field on the page.</p>
      <ul className="teach-fields">
        {fields.map((f) => {
          const name = f.label || f.before || f.cell || f.name || f.id || f.selector;
          return (
            <li key={f.selector} onMouseEnter={() => onHover(f.selector)} onMouseLeave={() => onHover(null)}>
              <label>
                <span>{name}</span>
                <select aria-label={`Case field for ${name}`} value={map[f.selector] ?? ''} onChange={(e) => setMap({ ...map, [f.selector]: e.target.value })}>
                  <option value="">(leave alone)</option>
                  {sources.map((s) => (
                    <option key={s.source} value={s.source}>
                      {s.source}
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
        Save {chosen.length || ''} mapping{chosen.length === 1 ? '' : 's'} for this site
      </button>
    </div>
  );
}
