import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CaseList } from '@/components/case/CaseList';
import { manyBodies, sampleBody } from '../../factories/case-factory';
import { inMemoryClient } from '../../factories/store-client';

describe('<CaseList>', () => {
  it('lists cases newest first and searches names and aliases', async () => {
    const { repo, client } = await inMemoryClient();
    for (const b of manyBodies(3)) await repo.create(b);
    await repo.create(sampleBody());
    render(<CaseList client={client} onOpen={() => {}} refresh={0} />);
    const rows = await screen.findAllByRole('button', { name: /record entr/ });
    expect(rows).toHaveLength(4);
    expect(rows[0]!.textContent).toMatch(/^Alvarado Ortiz, Daniela Inés/);
    expect(screen.getByTestId('case-count').textContent).toBe('4 cases');
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'REYES' } });
    expect(screen.getAllByRole('button', { name: /record entr/ })).toHaveLength(1);
    expect(screen.getByTestId('case-count').textContent).toBe('1 of 4 cases');
  });

  it('refuses an invalid case file, naming the path, and creates nothing', async () => {
    const { repo, client } = await inMemoryClient();
    const onOpen = vi.fn();
    render(<CaseList client={client} onOpen={onOpen} refresh={0} />);
    await screen.findByText(/No cases yet/);
    const file = new File([JSON.stringify({ format: 'vacatur-assist/case', version: 1, case: { client: { sex: 'Q' } } })], 'broken.json');
    fireEvent.change(screen.getByTestId('import-case-input'), { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('broken.json was not imported. Nothing was changed.');
    expect(alert.textContent).toContain('case.client.sex');
    expect(await repo.count()).toBe(0);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('loads the sample case and opens it', async () => {
    const { repo, client } = await inMemoryClient();
    const onOpen = vi.fn();
    render(<CaseList client={client} onOpen={onOpen} refresh={0} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Load sample case' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const stored = await repo.get(onOpen.mock.calls[0]![0] as string);
    expect(stored.client.lastName).toBe('Alvarado Ortiz');
  });
});
