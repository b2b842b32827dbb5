import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { CaseList } from '@/components/case/CaseList';
import { formatIsoDate } from '@/lib/i18n';
import { responseDeadline } from '@/lib/packet/deadlines';
import { manyBodies, sampleBody } from '../../factories/case-factory';
import { inMemoryClient } from '../../factories/store-client';

it('each case shows its status (the latest dated milestone, or Intake) and its next response date', async () => {
  const { repo, client } = await inMemoryClient();
  await repo.create(manyBodies(1)[0]!);
  const filed = sampleBody();
  filed.milestones = { recordRequested: '2026-01-05', rapReceived: '2026-01-20', filed: '2026-03-02', served: '', hearing: '', order: '', dojSealingConfirmed: '' };
  filed.prosecutingAgencies = filed.prosecutingAgencies.map((a) => ({ ...a, servedOn: '2026-03-02', serviceMethod: 'personal' as const }));
  await repo.create(filed);
  const upcoming = sampleBody();
  upcoming.client.lastName = 'Upcoming';
  upcoming.prosecutingAgencies = upcoming.prosecutingAgencies.map((a) => ({ ...a, servedOn: '2999-01-04', serviceMethod: 'personal' as const }));
  await repo.create(upcoming);
  render(<CaseList client={client} onOpen={() => {}} refresh={0} />);
  await screen.findAllByRole('button', { name: /record entr/ });
  const statuses = screen.getAllByTestId('case-status').map((s) => s.textContent);
  // Newest first: the upcoming response date, the filed case whose 45 days have run, a new case.
  expect(statuses).toEqual([`Status: Intake · Response due ${formatIsoDate(responseDeadline('2999-01-04'), 'en')}`, 'Status: Petition filed (03/02/2026) · Response period ended 04/16/2026', 'Status: Intake']);
  expect(screen.getAllByTestId('case-status')[1]!.querySelector('.case-due--passed')).toBeTruthy();
});
