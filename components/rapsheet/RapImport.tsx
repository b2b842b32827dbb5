import { useEffect, useMemo, useRef, useState } from 'react';
import { subjectMismatches } from '@/lib/rapsheet/subject-match';
import { readImportFile } from '@/lib/import/read-file';
import { screen } from '@/lib/law';
import { clientDisplayName, setMilestone, type Case } from '@/lib/model';
import { mergeRapSheetIntoCase, parseRapSheet, rapSheetToCase, type RapSheet } from '@/lib/rapsheet';
import { clientFieldLabels } from '@/lib/rapsheet/merge';
import { Milestones } from '../case/Milestones';
import { RapPreview } from './RapPreview';

interface Props {
  caseValue: Case;
  update(change: (c: Case) => Case): void;
  asOf: string;
  /** Records what was done in the case's activity log. */
  audit?(action: 'import' | 'packet', detail: string): void;
}

/**
 * Import a California DOJ RAP sheet: paste the text or open a .txt or text PDF, check each
 * parsed entry beside the lines it came from, confirm the sheet is the client's, then merge.
 * Importing the same sheet twice adds nothing; subject details only fill empty client fields.
 */
export function RapImport({ caseValue, update, asOf, audit }: Props) {
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const reader = useRef<AbortController | null>(null);
  useEffect(() => () => reader.current?.abort(), []);

  const sheet: RapSheet | null = useMemo(() => (text.trim() ? parseRapSheet(text) : null), [text]);
  const mapping = useMemo(() => (sheet?.isRapSheet ? rapSheetToCase(sheet) : null), [sheet]);
  const dryRun = useMemo(() => (mapping ? mergeRapSheetIntoCase(caseValue, mapping) : null), [mapping, caseValue]);
  const verdicts = useMemo(() => {
    if (!mapping) return new Map();
    const preview = screen({ ...caseValue, events: mapping.events }, { asOf });
    return new Map(preview.items.map((i) => [i.eventId, i]));
  }, [mapping, caseValue.trafficking, caseValue.client.dob, asOf]);
  const lines = useMemo(() => text.split(/\r\n|\r|\n/), [text]);

  useEffect(() => setConfirmed(false), [text]);

  const open = async (file: File) => {
    reader.current?.abort();
    const controller = new AbortController();
    reader.current = controller;
    setFileError(null);
    setDone(null);
    setReading(true);
    try {
      // The same check as the CLI's (size, first bytes) before the file is read whole.
      const read = await readImportFile(file, 'rap-sheet');
      if (!read.ok) {
        if (!controller.signal.aborted) setFileError(read.message);
        return;
      }
      // Read in the PDF worker (lib/workers), off this thread, within the RAP sheet limits; nothing is fetched.
      const { runPdfJob } = await import('@/lib/workers/pdf-worker-client');
      const { text } = await runPdfJob('rap-sheet-text', { bytes: read.bytes, fileName: file.name }, { signal: controller.signal });
      if (!controller.signal.aborted) setText(text);
    } catch (e) {
      if (!controller.signal.aborted) setFileError((e as Error).message);
    } finally {
      if (reader.current === controller) {
        reader.current = null;
        setReading(false);
      }
    }
  };

  const importNow = () => {
    if (!mapping || !dryRun) return;
    // Merge again inside the updater so edits made meanwhile are kept and nothing doubles.
    // The first import dates the RAP sheet's arrival (a milestone, issue 13); a date already there stays.
    update((c) => setMilestone({ ...c, ...mergeRapSheetIntoCase(c, mapping).body }, 'rapReceived', asOf, { ifEmpty: true }));
    const filled = dryRun.filledClientFields.length ? ` Filled empty client fields: ${clientFieldLabels(dryRun.filledClientFields)}.` : '';
    setDone(`Added ${dryRun.added} entries${dryRun.skipped ? ` (${dryRun.skipped} were already in the case)` : ''}.${filled}`);
    audit?.('import', `RAP sheet: ${dryRun.added} entries added, ${dryRun.skipped} already in the case.`);
    setText('');
  };

  const names = sheet?.subject.names.map((n) => n.name).join('; ') ?? '';
  const mismatches = sheet?.isRapSheet ? subjectMismatches(sheet.subject, caseValue.client) : [];

  return (
    <div className="rap-import">
      <h2>Import a RAP sheet</h2>
      <p className="hint">
        Paste the text of the client&apos;s California DOJ record (from a record review), or open a .txt or a text PDF. Scanned PDFs need OCR first.
      </p>
      <Milestones caseValue={caseValue} update={update} />
      <textarea
        className="rap-text"
        aria-label="RAP sheet text"
        rows={8}
        value={text}
        placeholder="Paste the RAP sheet here"
        onChange={(e) => {
          setDone(null);
          setText(e.target.value);
        }}
      />
      <label className="file-button">
        {reading ? 'Reading…' : 'Open .txt or PDF…'}
        <input
          type="file"
          hidden
          accept=".txt,.pdf,text/plain,application/pdf"
          data-testid="rap-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void open(f);
          }}
        />
      </label>
      {reading ? (
        <button type="button" onClick={() => reader.current?.abort()}>
          Cancel reading
        </button>
      ) : null}
      {fileError ? (
        <div className="alert alert--error" role="alert">
          {fileError}
        </div>
      ) : null}
      {done ? (
        <p className="ok-text" role="status">
          {done}
        </p>
      ) : null}
      {sheet && !sheet.isRapSheet ? (
        <div className="alert alert--error" role="alert">
          This does not look like a California RAP sheet (no CII or name block, and no entries with counts). Nothing was imported.
        </div>
      ) : null}
      {sheet?.isRapSheet && mapping && dryRun ? (
        <>
          <div className="rap-subject" data-testid="rap-subject">
            <strong>Subject on the sheet:</strong> {names || '(no name found)'}
            {sheet.subject.cii ? ` · CII ${sheet.subject.cii}` : ''}
            {sheet.subject.dob ? ` · DOB ${sheet.subject.dob}` : ''}
          </div>
          <p data-testid="rap-counts">
            <strong>{mapping.entries.length}</strong> entries read: <strong>{dryRun.added}</strong> new, {dryRun.skipped} already in the case.
            {sheet.complete ? '' : ' The sheet has no END OF MESSAGE line: it may be cut short.'}
          </p>
          <RapPreview entries={mapping.entries} lines={lines} verdicts={verdicts} warnings={sheet.warnings} />
          {mismatches.length ? (
            <div className="alert alert--warn" role="alert" data-testid="rap-mismatch">
              <strong>Check that this is the client's record:</strong>
              <ul>
                {mismatches.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <label className="confirm-owner">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> I checked that this record belongs to{' '}
            <strong>{clientDisplayName(caseValue.client)}</strong>
            {caseValue.client.dob ? ` (DOB ${caseValue.client.dob})` : ''}.
          </label>
          <button type="button" className="primary" disabled={!confirmed || dryRun.added === 0} onClick={importNow}>
            Add {dryRun.added} entries to the case
          </button>
        </>
      ) : null}
    </div>
  );
}
