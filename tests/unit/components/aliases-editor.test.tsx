/** Aliases are a list, one per row (issue 14): "Last, First" from a RAP sheet stays one name. */
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { expect, it } from 'vitest';
import { AliasesEditor } from '@/components/case/AliasesEditor';

function Harness({ start, seen }: { start: string[]; seen: string[][] }) {
  const [aliases, setAliases] = useState(start);
  return (
    <AliasesEditor
      value={aliases}
      onChange={(a) => {
        seen.push(a);
        setAliases(a);
      }}
    />
  );
}

it('keeps "ORTIZ, DANI" as one name; adds a focused row; removes a row', () => {
  const seen: string[][] = [];
  render(<Harness start={['ORTIZ, DANI']} seen={seen} />);
  expect((screen.getByLabelText('Other name 1') as HTMLInputElement).value).toBe('ORTIZ, DANI');
  fireEvent.click(screen.getByRole('button', { name: 'Add a name' }));
  expect(document.activeElement).toBe(screen.getByLabelText('Other name 2'));
  fireEvent.change(screen.getByLabelText('Other name 2'), { target: { value: 'Reyes, Daniela' } });
  expect(seen.at(-1)).toEqual(['ORTIZ, DANI', 'Reyes, Daniela']);
  fireEvent.click(screen.getByRole('button', { name: 'Remove other name 1 (ORTIZ, DANI)' }));
  expect(seen.at(-1)).toEqual(['Reyes, Daniela']);
});
