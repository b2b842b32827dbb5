/** The ARIA tabs pattern (WCAG 2.2, issue 14): roving tabindex, arrow keys, Home / End, panel wiring. */
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { expect, it } from 'vitest';
import { TabList, tabId, tabPanelId } from '@/components/ui/TabList';

const TABS = ['Client', 'Record', 'Packet'] as const;

function Harness() {
  const [tab, setTab] = useState<(typeof TABS)[number]>('Client');
  return (
    <>
      <TabList label="Parts" idBase="t" tabs={TABS} current={tab} onSelect={setTab} />
      <div role="tabpanel" id={tabPanelId('t', tab)} aria-labelledby={tabId('t', tab)}>
        {tab} panel
      </div>
    </>
  );
}

it('moves with the arrow keys (wrapping), Home and End; only the selected tab is in the tab order; the panel is labelled by its tab', () => {
  render(<Harness />);
  const tabs = screen.getAllByRole('tab');
  expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
  expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Record');
  expect(document.activeElement).toBe(tabs[1]);
  fireEvent.keyDown(tabs[1]!, { key: 'End' });
  expect(screen.getByRole('tabpanel', { name: 'Packet' }).textContent).toBe('Packet panel');
  fireEvent.keyDown(tabs[2]!, { key: 'ArrowRight' });
  expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Client');
  fireEvent.keyDown(tabs[0]!, { key: 'ArrowLeft' });
  expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Packet');
  fireEvent.keyDown(tabs[2]!, { key: 'Home' });
  expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  expect(screen.getByRole('tab', { selected: true }).getAttribute('aria-controls')).toBe(tabPanelId('t', 'Client'));
});
