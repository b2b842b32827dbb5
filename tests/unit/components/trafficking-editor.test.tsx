import { fireEvent, render, screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { TraffickingEditor } from '@/components/case/TraffickingEditor';
import { Trafficking } from '@/lib/model';

it('passes on only complete, valid periods, so half-typed dates never break a save', () => {
  const onChange = vi.fn();
  render(<TraffickingEditor value={Trafficking.parse({})} onChange={onChange} />);
  fireEvent.click(screen.getByRole('button', { name: 'Add period' }));
  fireEvent.change(screen.getByLabelText('From'), { target: { value: '2015-01-01' } });
  expect(screen.getByText('Enter both dates to use this period.')).toBeTruthy();
  expect(onChange).not.toHaveBeenCalled();
  fireEvent.change(screen.getByLabelText('To'), { target: { value: '2014-01-01' } });
  expect(screen.getByText('“From” is after “to”.')).toBeTruthy();
  expect(onChange).not.toHaveBeenCalled();
  fireEvent.change(screen.getByLabelText('To'), { target: { value: '2016-03-31' } });
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ periods: [{ from: '2015-01-01', to: '2016-03-31' }] }));
});
