import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findTarget, focusTarget } from '@/components/case/focus-target';
import { TextAreaField, TextField } from '@/components/ui/Field';

function Panel() {
  return (
    <div data-testid="panel">
      <div data-focus="nexus">
        <TextAreaField label="Nexus (attorney): 08/21/2012 PC 647(b)" value="written" onChange={() => {}} />
        <TextAreaField label="Nexus (attorney): 02/05/2014 PC 484(a)" value="" onChange={() => {}} />
      </div>
      <div className="service">
        <TextField label="Agency" value="" onChange={() => {}} />
        <TextField label="Served on (delivered, mailed or sent)" name="servedOn" type="date" value="2026-12-01" onChange={() => {}} />
      </div>
      <div data-focus="periods">
        <TextField label="From" type="date" value="2010-01-01" onChange={() => {}} />
        <TextField label="To" type="date" value="" onChange={() => {}} />
      </div>
      <ol>
        <li className="exhibit">
          <div className="exhibit-file">
            <span className="ok-text">File attached</span>
            <button type="button">Replace file</button>
          </div>
        </li>
        <li className="exhibit">
          <div className="exhibit-file">
            <button type="button">Attach file</button>
          </div>
        </li>
      </ol>
      <ul>
        <li data-event-id="e1">
          <button type="button">summary</button>
          <TextField label="Court" value="" onChange={() => {}} />
          <TextField label="County" name="county" value="" onChange={() => {}} />
        </li>
      </ul>
    </div>
  );
}

// Fields are found by their place (data-focus) or their name, never by their label, which follows the panel's language.
describe('focusTarget', () => {
  it('finds the first empty field a checklist key names', () => {
    const { getByTestId, getByLabelText, getByRole } = render(<Panel />);
    const root = getByTestId('panel');
    expect(findTarget(root, 'nexus')).toBe(getByLabelText('Nexus (attorney): 02/05/2014 PC 484(a)'));
    expect(findTarget(root, 'periods')).toBe(getByLabelText('To'));
    expect(findTarget(root, 'exhibits')).toBe(getByRole('button', { name: 'Attach file' }));
    expect(findTarget(root, 'event:e1:county')).toBe(getByLabelText('County'));
    // Everything filled: the first of them.
    expect(findTarget(root, 'service')).toBe(getByLabelText('Served on (delivered, mailed or sent)'));
  });

  it('focuses it, or the first control of the tab when the key names nothing there', () => {
    const { getByTestId, getByLabelText } = render(<Panel />);
    const root = getByTestId('panel');
    expect(focusTarget(root, 'nexus')).toBe(document.activeElement);
    expect(document.activeElement).toBe(getByLabelText('Nexus (attorney): 02/05/2014 PC 484(a)'));
    focusTarget(root, 'hearing');
    expect(document.activeElement).toBe(getByLabelText('Nexus (attorney): 02/05/2014 PC 484(a)'));
  });
});
