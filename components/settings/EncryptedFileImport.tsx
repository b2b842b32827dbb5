import { useState } from 'react';
import type { RecordsClient } from '@/lib/case-client';
import type { ImportReport } from '@/lib/backup';
import { PassphraseField } from '../vault/PassphraseField';
import { useBusyAction } from '../vault/use-busy-action';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FileButton } from '../ui/FileButton';

interface Props {
  records: RecordsClient;
  /** After cases were written: the list reloads. */
  onImported(report: ImportReport): void;
}

/**
 * Opens an encrypted backup or a hand-off file (told apart by the format the file names).
 * A case that already exists is not touched until the user picks "keep both" or "replace";
 * a wrong passphrase or a damaged file says so and writes nothing.
 */
export function EncryptedFileImport({ records, onImported }: Props) {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [pending, setPending] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, run } = useBusyAction();

  const importNow = (onConflict?: 'keep-both' | 'replace') =>
    run(async () => {
      if (!file) return;
      const isHandoff = /"vacatur-assist\/handoff"/.test(file.text.slice(0, 400));
      const report = isHandoff ? await records.importHandoff(file.text, passphrase, onConflict) : await records.importBackup(file.text, passphrase, onConflict);
      if (!report.written) return setPending(report);
      setPending(null);
      setPassphrase('');
      setDone(describe(report));
      onImported(report);
    });

  return (
    <form
      aria-label="Import an encrypted backup or hand-off file"
      onSubmit={(e) => {
        e.preventDefault();
        if (file && passphrase && !busy) void importNow();
      }}
    >
      <div className="field field--wide">
        <span>Backup or hand-off file</span>
        <span>
          <FileButton
            accept=".json,application/json"
            testId="encrypted-file-input"
            onFile={(f) => {
              setPending(null);
              setDone(null);
              setError(null);
              void f.text().then((text) => setFile({ name: f.name, text }));
            }}
          >
            Choose file…
          </FileButton>{' '}
          {file ? file.name : 'No file chosen'}
        </span>
      </div>
      <PassphraseField label="The file's passphrase" value={passphrase} onChange={setPassphrase} autoComplete="current-password" />
      <ErrorAlert message={error?.message} after="Nothing was changed." />
      {pending ? (
        <div className="alert alert--warn" role="group" aria-label="Cases that already exist">
          <p>
            {pending.conflicts.length === 1 ? 'This case is' : `${pending.conflicts.length} cases are`} already here:{' '}
            {pending.conflicts.map((c) => c.name).join('; ')}.
          </p>
          <button type="button" onClick={() => void importNow('keep-both')} disabled={busy}>
            Keep both
          </button>{' '}
          <button type="button" className="danger-outline" onClick={() => void importNow('replace')} disabled={busy}>
            Replace with the file's copy
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      {done ? <p role="status">{done}</p> : null}
      <button type="submit" disabled={!file || !passphrase || busy || !!pending}>
        {busy ? 'Opening…' : 'Import'}
      </button>
    </form>
  );
}

function describe(r: ImportReport): string {
  const parts = [`${r.added.length} added`];
  if (r.replaced.length) parts.push(`${r.replaced.length} replaced`);
  if (r.keptBoth.length) parts.push(`${r.keptBoth.length} kept as copies`);
  return `Imported ${r.cases} case${r.cases === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}
