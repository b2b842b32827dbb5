import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  autoComplete: 'new-password' | 'current-password';
  autoFocus?: boolean;
  name?: string;
}

/** A labelled passphrase input; never echoed, never stored by the panel. */
export function PassphraseField({ label, value, onChange, autoComplete, autoFocus, name }: Props) {
  const id = useId();
  return (
    <div className="field field--wide">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="password" autoComplete={autoComplete} autoFocus={autoFocus} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
