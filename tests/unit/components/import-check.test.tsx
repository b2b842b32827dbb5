import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CaseList } from '@/components/case/CaseList';
import { CsvImport } from '@/components/record/CsvImport';
import { RapImport } from '@/components/rapsheet/RapImport';
import { newCase } from '@/lib/model';
import { inMemoryClient } from '../../factories/store-client';

const BOM = '\uFEFF';
/** A File that says it is `size` bytes (the import check reads only the size and the first bytes). */
const claimingSize = (file: File, size: number) => Object.defineProperty(file, 'size', { value: size });

describe('panel importers use the shared import check', () => {
  it('CSV import: refuses a PDF named .csv with one line, reads a BOM + CRLF file like any other', async () => {
    render(<CsvImport caseValue={newCase('c1', '2026-01-01T00:00:00Z')} update={() => {}} />);
    const input = screen.getByLabelText('Open a CSV file');
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.7\n'], 'counts.csv')] } });
    expect((await screen.findByRole('alert')).textContent).toBe('counts.csv is a PDF, not text; save it as CSV UTF-8 and open that');
    const csv = `${BOM}id,date,section,level\r\nr1,2013-05-02,647(b),M\r\nr2,2014-01-09,"484(a)",M\r\n`;
    fireEvent.change(input, { target: { files: [new File([csv], 'counts.csv')] } });
    await waitFor(() => expect(screen.getByTestId('csv-preview').textContent).toContain('2 to add.'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByLabelText('CSV text') as HTMLTextAreaElement).value).toBe(csv.slice(1));
  });

  it('case import: refuses a file past the limit before reading it, and imports a BOM + CRLF case file', async () => {
    const { repo, client } = await inMemoryClient();
    const onOpen = vi.fn();
    render(<CaseList client={client} onOpen={onOpen} refresh={0} />);
    await screen.findByText(/No cases yet/);
    const input = screen.getByTestId('import-case-input');
    fireEvent.change(input, { target: { files: [claimingSize(new File(['{}'], 'huge.json'), 200 * 1024 * 1024)] } });
    expect((await screen.findByRole('alert')).textContent).toContain('huge.json is 200 MB; the largest case file this tool reads is 128 MB. Nothing was changed.');
    const text = BOM + JSON.stringify(JSON.parse(readFileSync('lib/sample/sample-case.json', 'utf8')), null, 2).replace(/\n/g, '\r\n');
    fireEvent.change(input, { target: { files: [new File([text], 'sample.json')] } });
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    expect((await repo.get(onOpen.mock.calls[0]![0] as string)).client.lastName).toBe('Alvarado Ortiz');
  });

  it('RAP sheet import: refuses a text file past the limit, and an image, before reading them', async () => {
    render(<RapImport caseValue={newCase('c1', '2026-01-01T00:00:00Z')} update={() => {}} asOf="2026-03-01" />);
    const input = screen.getByTestId('rap-file');
    fireEvent.change(input, { target: { files: [claimingSize(new File(['CII/A12345678\n'], 'sheet.txt'), 17 * 1024 * 1024)] } });
    expect((await screen.findByRole('alert')).textContent).toBe('sheet.txt is 17 MB; the largest RAP sheet text file this tool reads is 16 MB');
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])], 'scan.txt')] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('scan.txt is an image, not text; open the RAP sheet as a .txt or a text PDF'));
  });
});
