import { useEffect, useRef, useState } from 'react';

interface Props {
  value: string[];
  onChange(aliases: string[]): void;
}

/**
 * Other names, one per row. A list and not a comma-separated string: "ORTIZ, DANI" from a RAP
 * sheet is one name in "Last, First" order, and splitting it on the comma would make two.
 */
export function AliasesEditor({ value, onChange }: Props) {
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  useEffect(() => {
    if (focusRow !== null) inputs.current[focusRow]?.focus();
    setFocusRow(null);
  }, [focusRow]);
  return (
    <fieldset className="field field--wide aliases">
      <legend>Other names used</legend>
      <ul>
        {value.map((alias, i) => (
          <li key={i}>
            <input
              ref={(el) => void (inputs.current[i] = el)}
              aria-label={`Other name ${i + 1}`}
              value={alias}
              onChange={(e) => onChange(value.map((a, j) => (j === i ? e.target.value : a)))}
            />
            <button type="button" className="link danger" aria-label={`Remove other name ${i + 1}${alias ? ` (${alias})` : ''}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
              Remove
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
        Add a name
      </button>
      <small className="hint">Names on the RAP sheet or in court files, one per row. They help match records.</small>
    </fieldset>
  );
}
