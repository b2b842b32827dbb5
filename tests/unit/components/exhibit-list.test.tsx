import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ExhibitList } from '@/components/packet/ExhibitList';
import { ExhibitsContext } from '@/components/packet/use-exhibits';
import { exhibitsClient } from '@/lib/case-client';
import { handleStoreRequest } from '@/lib/db/handlers';
import type { Case } from '@/lib/model';
import { sampleBody } from '../../factories/case-factory';
import { inMemoryClient } from '../../factories/store-client';
import { entry, pdfBytes } from '../db/exhibit-fixtures';

/** The exhibit list over a real store (through the message handler), holding its case in state as the editor does. */
async function setup() {
  const store = await inMemoryClient();
  const created = await store.client.create({ ...sampleBody(), evidence: [entry('ex1')] });
  const files = exhibitsClient((m) => handleStoreRequest(m, store.ctx));
  let latest: Case = created;
  function Harness() {
    const [c, setC] = useState<Case>(created);
    latest = c;
    return <ExhibitList caseValue={c} update={(change) => setC(change)} />;
  }
  render(
    <ExhibitsContext.Provider value={files}>
      <Harness />
    </ExhibitsContext.Provider>,
  );
  return { ...store, files, created, current: () => latest };
}

const pick = (file: File) => fireEvent.change(screen.getByTestId('attach-ex1'), { target: { files: [file] } });

describe('the exhibit list', () => {
  it('sends a picked file to the store on its own and keeps only its reference on the entry, size shown', async () => {
    const { current, files, created } = await setup();
    const bytes = pdfBytes('picked-in-the-panel', 300 * 1024);
    pick(new File([bytes as BlobPart], 'Notice to appear.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(screen.getByTestId('exhibit-file-ex1').textContent).toBe('File attached: Notice to appear.pdf (300 KB)'));
    const e = current().evidence[0]!;
    expect(e).toMatchObject({ title: 'Exhibit ex1', fileRef: { name: 'Notice to appear.pdf', type: 'application/pdf', size: 300 * 1024 } });
    expect(e.file).toBeUndefined();
    expect((await files.get(created.id, e.fileRef!.id)).ref).toEqual(e.fileRef);
  });

  it('refuses a file over 25 MB or of another type before sending it, and says why', async () => {
    const { current } = await setup();
    const big = new File(['x'], 'scan.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 26 * 1024 * 1024 });
    pick(big);
    expect((await screen.findByRole('alert')).textContent).toBe('scan.pdf is larger than 25 MB; split or compress it first.');
    pick(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('notes.txt is not a PDF, JPEG or PNG file.'));
    // The store checks the contents too: a text file named .pdf is refused there.
    pick(new File(['hello'], 'fake.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('fake.pdf was not attached: fake.pdf is not a PDF, JPEG or PNG file.'));
    expect(current().evidence[0]!.fileRef).toBeUndefined();
  });
});
