import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../ui/i18n';

interface Props {
  value: string[];
  onChange(aliases: string[]): void;
}

/**
 * Other names, one per row. A list and not a comma-separated string: "ORTIZ, DANI" from a RAP
 * sheet is one name in "Last, First" order, and splitting it on the comma would make two.
 */
export function AliasesEditor({ value, onChange }: Props) {
  const { t } = useI18n();
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  useEffect(() => {
    if (focusRow !== null) inputs.current[focusRow]?.focus();
    setFocusRow(null);
  }, [focusRow]);
  return (
    <fieldset className="field field--wide aliases">
      <legend>{t('client_aliases')}</legend>
      <ul>
        {value.map((alias, i) => (
          <li key={i}>
            <input
              ref={(el) => void (inputs.current[i] = el)}
              aria-label={t('client_alias_n', i + 1)}
              value={alias}
              onChange={(e) => onChange(value.map((a, j) => (j === i ? e.target.value : a)))}
            />
            <button type="button" className="link danger" aria-label={alias ? t('client_alias_remove_named', i + 1, alias) : t('client_alias_remove_n', i + 1)} onClick={() => onChange(value.filter((_, j) => j !== i))}>
              {t('client_alias_remove')}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          onChange([...value, '']);
          setFocusRow(value.length);
        }}
      >
        {t('client_alias_add')}
      </button>
      <small className="hint">{t('client_aliases_hint')}</small>
    </fieldset>
  );
}
