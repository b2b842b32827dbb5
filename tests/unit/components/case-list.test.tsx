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

  it('does not pile up copies of the sample: a second "Load sample case" opens the one already there', async () => {
    const { repo, client } = await inMemoryClient();
    const first = await repo.create(sampleBody());
    const onOpen = vi.fn();
    render(<CaseList client={client} onOpen={onOpen} refresh={0} />);
    await screen.findByRole('button', { name: /Alvarado Ortiz/ });
    fireEvent.click(screen.getByRole('button', { name: 'Load sample case' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith(first.id));
    expect(await repo.count()).toBe(1);
  });

  it('shows a case whose ciphertext is damaged on its own row, keeps the others, and removes it on confirmation', async () => {
    const { repo, client } = await inMemoryClient({ passphrase: 'gravel meadow copper 5' });
    const kept = await repo.create(sampleBody());
    const broken = await repo.create(manyBodies(1)[0]!);
    const { db } = repo.binding;
    const row = (await db.cases.get(broken.id))!;
    const payload = row.payload as { data: Uint8Array };
    const flipped = Uint8Array.from(payload.data);
    flipped[0] = flipped[0]! ^ 0xff;
    await db.cases.put({ ...row, payload: { ...row.payload, data: flipped } as typeof row.payload });
    render(<CaseList client={client} onOpen={() => {}} refresh={0} />);
    const damaged = await screen.findByRole('group', { name: 'Damaged case' });
    expect(damaged.textContent).toMatch(/cannot be opened/);
    expect(screen.getByRole('button', { name: /Alvarado Ortiz/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove entry…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Damaged case' })).toBeNull());
    expect((await repo.list()).map((c) => c.id)).toEqual([kept.id]);
  });
});
