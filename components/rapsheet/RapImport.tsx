import { useEffect, useMemo, useRef, useState } from 'react';
import { subjectMismatches } from '@/lib/rapsheet/subject-match';
import { readImportFile } from '@/lib/import/read-file';
import { screen } from '@/lib/law';
import { clientDisplayName, setMilestone, type Case } from '@/lib/model';
import { mergeRapSheetIntoCase, parseRapSheet, rapSheetToCase, type RapSheet } from '@/lib/rapsheet';
import { Milestones } from '../case/Milestones';
import { FileButton } from '../ui/FileButton';
import { shownName } from '../case/client-name';
import { useI18n } from '../ui/i18n';
import { rich } from '../ui/rich';
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
  const { t, date } = useI18n();
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const reader = useRef<AbortController | null>(null);
  // After an import the preview (and the button pressed) is gone: focus goes to what was done.
  const doneRef = useRef<HTMLParagraphElement>(null);
  const [focusDone, setFocusDone] = useState(false);
  useEffect(() => {
    if (!focusDone) return;
    doneRef.current?.focus();
    setFocusDone(false);
  }, [focusDone]);
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
    const skipped = dryRun.skipped ? (dryRun.skipped === 1 ? t('rap_skipped_one') : t('rap_skipped_other', dryRun.skipped)) : '';
    const added = dryRun.added === 1 ? t('rap_added_one', 1, skipped) : t('rap_added_other', dryRun.added, skipped);
    // Each filled field by its name for people (never the code name).
    const fields = dryRun.filledClientFields.map((f) => t(`rap_field_${f}`)).join(', ');
    setDone(fields ? `${added} ${t('rap_filled', fields)}` : added);
    audit?.('import', `RAP sheet: ${dryRun.added} entries added, ${dryRun.skipped} already in the case.`);
    setText('');
    setFocusDone(true);
  };

  const names = sheet?.subject.names.map((n) => n.name).join('; ') ?? '';
  const mismatches = sheet?.isRapSheet ? subjectMismatches(sheet.subject, caseValue.client) : [];

  return (
    <div className="rap-import">
      <h2>{t('rap_title')}</h2>
      <p className="hint">{t('rap_hint')}</p>
      <Milestones caseValue={caseValue} update={update} />
      <textarea
        className="rap-text"
        aria-label={t('rap_text')}
        data-focus="rap"
        rows={8}
        value={text}
        placeholder={t('rap_placeholder')}
        onChange={(e) => {
          setDone(null);
          setText(e.target.value);
        }}
      />
      {/* A button, so the picker is reachable and operable by keyboard (issue 14). */}
      <FileButton accept=".txt,.pdf,text/plain,application/pdf" testId="rap-file" onFile={(f) => void open(f)}>
        {reading ? t('rap_reading') : t('rap_open')}
      </FileButton>
      {reading ? (
        <button type="button" onClick={() => reader.current?.abort()}>
          {t('rap_cancel_reading')}
        </button>
      ) : null}
      {fileError ? (
        <div className="alert alert--error" role="alert">
          {fileError}
        </div>
      ) : null}
      {done ? (
        <p className="ok-text" role="status" ref={doneRef} tabIndex={-1}>
          {done}
        </p>
      ) : null}
      {sheet && !sheet.isRapSheet ? (
        <div className="alert alert--error" role="alert">
          {t('rap_not_rap')}
        </div>
      ) : null}
      {sheet?.isRapSheet && mapping && dryRun ? (
        <>
          <div className="rap-subject" data-testid="rap-subject">
            <strong>{t('rap_subject')}</strong> {names || t('rap_no_name')}
            {sheet.subject.cii ? ` · ${t('summary_cii', sheet.subject.cii)}` : ''}
            {sheet.subject.dob ? ` · ${t('summary_dob', date(sheet.subject.dob))}` : ''}
          </div>
          <p data-testid="rap-counts">
            {rich(t, 'rap_counts', <strong>{mapping.entries.length}</strong>, <strong>{dryRun.added}</strong>, dryRun.skipped)}
            {sheet.complete ? null : <> {t('rap_incomplete')}</>}
          </p>
          <RapPreview entries={mapping.entries} lines={lines} verdicts={verdicts} warnings={sheet.warnings} />
          {mismatches.length ? (
            <div className="alert alert--warn" role="alert" data-testid="rap-mismatch">
              <strong>{t('rap_mismatch')}</strong>
              <ul>
                {mismatches.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <label className="confirm-owner">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />{' '}
            {rich(
              t,
              'rap_confirm',
              <>
                <strong>{shownName(t, clientDisplayName(caseValue.client))}</strong>
                {caseValue.client.dob ? t('rap_confirm_dob', date(caseValue.client.dob)) : ''}
              </>,
            )}
          </label>
          <button type="button" className="primary" disabled={!confirmed || dryRun.added === 0} onClick={importNow}>
            {dryRun.added === 1 ? t('rap_add_one') : t('rap_add_other', dryRun.added)}
          </button>
        </>
      ) : null}
    </div>
  );
}
