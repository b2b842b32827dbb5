/**
 * The Fill tab over a fake browser side (PortalAccess): a site without access gets "Allow on
 * this site" for that one origin, from the click; nothing is read from the page before the user
 * asks, and fill sends only the kept steps with the URL the plan was made for.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FillPanel } from '@/components/fill/FillPanel';
import type { AdaptersClient } from '@/lib/case-client';
import type { PortalAccess } from '@/lib/extension/portal-access';
import type { FillReport, Snapshot } from '@/lib/autofill/types';
import { Case } from '@/lib/model';
import { sampleBody } from '../../factories/case-factory';

const URL_ = 'https://records.example.org/request?step=1';
const caseValue = Case.parse({ ...sampleBody(), id: 'c1', createdAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z' });

function field(selector: string, label: string) {
  return { selector, kind: 'text' as const, tag: 'input', type: 'text', name: selector.slice(1), id: selector.slice(1), tokens: [], label, autocomplete: '', placeholder: '', before: '', cell: '', legend: '', value: '', group: 0, visible: true };
}
const snapshot: Snapshot = { url: URL_, title: 'Request', fields: [field('#last', 'Last name'), field('#first', 'First name')], truncated: false, frames: [] };

function fakes(granted: boolean) {
  const asked: unknown[] = [];
  const access = {
    activePage: vi.fn(async () => ({ tabId: 7, url: URL_ })),
    hasAccess: vi.fn(async () => granted),
    requestAccess: vi.fn(async () => true),
    allowedSites: vi.fn(async () => []),
    revoke: vi.fn(async () => true),
    ask: vi.fn(async (_tab: number, req: { type: string; steps?: { selector: string }[] }) => {
      asked.push(req);
      if (req.type === 'agent/collect') return snapshot;
      if (req.type === 'agent/fill') return { url: URL_, outcomes: req.steps!.map((s) => ({ selector: s.selector, label: s.selector, outcome: 'filled' })) } satisfies FillReport;
      return true;
    }),
  } as unknown as PortalAccess;
  const adapters = { list: vi.fn(async () => []), save: vi.fn(), remove: vi.fn(), importPack: vi.fn(), exportPack: vi.fn() } as unknown as AdaptersClient;
  return { access, adapters, asked };
}

describe('<FillPanel>', () => {
  it('asks for one origin when the site is not allowed, and reads nothing before the user asks', async () => {
    const { access, adapters, asked } = fakes(false);
    render(<FillPanel caseValue={caseValue} update={() => {}} access={access} adapters={adapters} adapterFor={() => null} audit={() => {}} />);
    const allow = await screen.findByRole('button', { name: 'Allow on records.example.org' });
    expect(asked).toEqual([]);
    fireEvent.click(allow);
    await waitFor(() => expect(access.requestAccess).toHaveBeenCalledWith('https://records.example.org/*'));
    expect(await screen.findByRole('button', { name: 'Read this page' })).toBeTruthy();
    expect(asked).toEqual([]);
  });

  it('previews the heuristic plan, fills only the kept steps for the planned URL, and records the fill', async () => {
    const { access, adapters, asked } = fakes(true);
    const audit = vi.fn();
    render(<FillPanel caseValue={caseValue} update={() => {}} access={access} adapters={adapters} adapterFor={() => null} audit={audit} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read this page' }));
    expect(((await screen.findByLabelText('Value for Last name')) as HTMLInputElement).value).toBe('Alvarado Ortiz');
    fireEvent.click(screen.getByLabelText('Fill First name'));
    fireEvent.change(screen.getByLabelText('Value for Last name'), { target: { value: 'ALVARADO ORTIZ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fill 1 field' }));
    await screen.findByText('1 of 1 fields filled.');
    const fill = asked.find((r) => (r as { type: string }).type === 'agent/fill') as { expectedUrl: string; steps: { selector: string; value: string }[] };
    expect(fill.expectedUrl).toBe(URL_);
    expect(fill.steps.map((s) => [s.selector, s.value])).toEqual([['#last', 'ALVARADO ORTIZ']]);
    expect(audit).toHaveBeenCalledWith('fill', expect.stringMatching(/^records\.example\.org: 1 of 1 fields filled\.$/), ['#last']);
  });
});
