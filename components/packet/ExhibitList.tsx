import { useEffect, useRef, useState } from 'react';
import { MAX_EXHIBIT_FILE_BYTES } from '@/lib/db/exhibit-limits';
import { Evidence, type Case, type ExhibitRef } from '@/lib/model';
import { SelectField, TextField } from '../ui/Field';
import { FileButton } from '../ui/FileButton';
import { useI18n } from '../ui/i18n';
import { useExhibits } from './use-exhibits';

const KINDS = [
  { value: 'official-documentation', label: 'packet_kind_official' },
  { value: 'declaration', label: 'packet_kind_declaration' },
  { value: 'record', label: 'packet_kind_record' },
  { value: 'other', label: 'packet_kind_other' },
] as const;

const MAX_MB = MAX_EXHIBIT_FILE_BYTES / (1024 * 1024);

interface Props {
  caseValue: Case;
  update(change: (c: Case) => Case): void;
}

/** "24.8 MB", "312 KB": the size of a file as the list shows it. */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise<string>((ok, fail) => {
    const r = new FileReader();
    r.onload = () => ok(String(r.result));
    r.onerror = () => fail(r.error);
    r.readAsDataURL(file);
  });
}

/**
 * Exhibits from the case's evidence. A file (PDF, JPEG, PNG, 25 MB at most) goes to the store's
 * exhibit table on its own as soon as it is picked (encrypted like the case, on this machine
 * only); the entry keeps a reference (name, size, SHA-256), so saving the case never carries it.
 * Removing an exhibit asks first: once the case is saved without it, its stored file is deleted
 * too, so an Undo could not bring the file back (issue 14: work is never lost silently).
 */
export function ExhibitList({ caseValue, update }: Props) {
  const { t } = useI18n();
  const kinds = KINDS.map((k) => ({ ...k, label: t(k.label) }));
  const [confirming, setConfirming] = useState<string | null>(null);
  // Focus follows the question: "Keep it" when it opens, back to Remove or on to "Add exhibit" when answered.
  const box = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (!focus) return;
    box.current?.querySelector<HTMLElement>(focus)?.focus();
    setFocus(null);
  }, [focus]);
  const exhibits = useExhibits();
  const [busy, setBusy] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const set = (id: string, change: (e: Evidence) => Evidence) => update((c) => ({ ...c, evidence: c.evidence.map((x) => (x.id === id ? change(x) : x)) }));
  const say = (id: string, problem: string | undefined) =>
    setProblems((p) => {
      const { [id]: _old, ...rest } = p;
      return problem ? { ...rest, [id]: problem } : rest;
    });

  const attach = async (e: Evidence, file: File) => {
    say(e.id, undefined);
    if (file.size > MAX_EXHIBIT_FILE_BYTES) return say(e.id, t('packet_too_large', file.name, MAX_MB));
    if (!/^(application\/pdf|image\/jpeg|image\/png)$/.test(file.type)) return say(e.id, t('packet_wrong_type', file.name));
    setBusy((b) => ({ ...b, [e.id]: file.name }));
    try {
      const ref: ExhibitRef = await exhibits.put(caseValue.id, { name: file.name, type: file.type, data: await readAsDataUrl(file) });
      // The reference replaces whatever the entry had (a path from a CLI case file, an older file).
      set(e.id, (x) => {
        const { file: _replaced, ...rest } = x;
        return { ...rest, fileRef: ref, title: x.title || file.name.replace(/\.[^.]+$/, '') } as Evidence;
      });
    } catch (err) {
      say(e.id, t('packet_not_attached', file.name, (err as Error).message));
    } finally {
      setBusy(({ [e.id]: _done, ...rest }) => rest);
    }
  };

  return (
    <div className="exhibits" ref={box}>
      <ol>
        {caseValue.evidence.map((e, i) => (
          <li key={e.id} className="exhibit" data-testid={`exhibit-${e.id}`}>
            <div className="grid">
              <TextField wide label={t('packet_exhibit_title')} value={e.title} onChange={(title) => set(e.id, (x) => ({ ...x, title }))} />
              <SelectField label={t('packet_exhibit_kind')} value={e.kind} options={kinds} onChange={(kind) => set(e.id, (x) => ({ ...x, kind }))} />
            </div>
            <div className="exhibit-file">
              {busy[e.id] ? (
                <span className="hint" role="status">
                  {t('packet_attaching', busy[e.id]!)}
                </span>
              ) : e.fileRef ? (
                <span className="ok-text" data-testid={`exhibit-file-${e.id}`}>
                  {t('packet_attached_named', e.fileRef.name, fileSize(e.fileRef.size))}
                </span>
              ) : e.file?.startsWith('data:') ? (
                <span className="ok-text">{t('packet_attached', fileSize(Math.round(e.file.length * 0.75)))}</span>
              ) : (
                <span className="hint warn">{t('packet_no_file')}</span>
              )}{' '}
              {/* A button, so the picker is reachable and operable by keyboard (issue 14); one file at a time per exhibit. */}
              <FileButton accept="application/pdf,image/jpeg,image/png" testId={`attach-${e.id}`} onFile={(f) => void (busy[e.id] ? undefined : attach(e, f))}>
                {e.fileRef || e.file ? t('packet_replace_file') : t('packet_attach_file')}
              </FileButton>{' '}
              {confirming === e.id ? (
                <span className="confirm" role="group" aria-label={t('packet_remove_question')}>
                  {t('packet_remove_question')}{' '}
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      setConfirming(null);
                      update((c) => ({ ...c, evidence: c.evidence.filter((x) => x.id !== e.id) }));
                      setFocus('.exhibits-add');
                    }}
                  >
                    {t('packet_remove_yes')}
                  </button>{' '}
                  <button
                    type="button"
                    className="exhibit-keep"
                    onClick={() => {
                      setConfirming(null);
                      setFocus(`[data-testid="exhibit-${CSS.escape(e.id)}"] .exhibit-remove`);
                    }}
                  >
                    {t('packet_keep')}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="link danger exhibit-remove"
                  aria-label={t('packet_remove_exhibit', e.title || t('packet_exhibit_untitled', i + 1))}
                  onClick={() => {
                    setConfirming(e.id);
                    setFocus(`[data-testid="exhibit-${CSS.escape(e.id)}"] .exhibit-keep`);
                  }}
                >
                  {t('packet_remove')}
                </button>
              )}
              {problems[e.id] ? (
                <p className="alert alert--error" role="alert">
                  {problems[e.id]}
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="exhibits-add"
        onClick={() => update((c) => ({ ...c, evidence: [...c.evidence, Evidence.parse({ id: crypto.randomUUID(), kind: 'official-documentation' })] }))}
      >
        {t('packet_add_exhibit')}
      </button>
    </div>
  );
}
