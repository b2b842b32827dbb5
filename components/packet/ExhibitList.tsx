import { useState } from 'react';
import { MAX_EXHIBIT_FILE_BYTES } from '@/lib/db/exhibit-limits';
import { Evidence, type Case, type ExhibitRef } from '@/lib/model';
import { SelectField, TextField } from '../ui/Field';
import { useExhibits } from './use-exhibits';

const KINDS = [
  { value: 'official-documentation', label: 'Official documentation (§ 236.14(m))' },
  { value: 'declaration', label: 'Declaration or letter' },
  { value: 'record', label: 'Court or police record' },
  { value: 'other', label: 'Other' },
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
 */
export function ExhibitList({ caseValue, update }: Props) {
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
    if (file.size > MAX_EXHIBIT_FILE_BYTES) return say(e.id, `${file.name} is larger than ${MAX_MB} MB; split or compress it first.`);
    if (!/^(application\/pdf|image\/jpeg|image\/png)$/.test(file.type)) return say(e.id, `${file.name} is not a PDF, JPEG or PNG file.`);
    setBusy((b) => ({ ...b, [e.id]: file.name }));
    try {
      const ref: ExhibitRef = await exhibits.put(caseValue.id, { name: file.name, type: file.type, data: await readAsDataUrl(file) });
      // The reference replaces whatever the entry had (a path from a CLI case file, an older file).
      set(e.id, (x) => {
        const { file: _replaced, ...rest } = x;
        return { ...rest, fileRef: ref, title: x.title || file.name.replace(/\.[^.]+$/, '') } as Evidence;
      });
    } catch (err) {
      say(e.id, `${file.name} was not attached: ${(err as Error).message}`);
    } finally {
      setBusy(({ [e.id]: _done, ...rest }) => rest);
    }
  };

  return (
    <div className="exhibits">
      <ol>
        {caseValue.evidence.map((e) => (
          <li key={e.id} className="exhibit" data-testid={`exhibit-${e.id}`}>
            <div className="grid">
              <TextField wide label="Exhibit title" value={e.title} onChange={(title) => set(e.id, (x) => ({ ...x, title }))} />
              <SelectField label="Kind" value={e.kind} options={KINDS} onChange={(kind) => set(e.id, (x) => ({ ...x, kind }))} />
            </div>
            <div className="exhibit-file">
              {busy[e.id] ? (
                <span className="hint" role="status">
                  Attaching {busy[e.id]}…
                </span>
              ) : e.fileRef ? (
                <span className="ok-text" data-testid={`exhibit-file-${e.id}`}>
                  File attached: {e.fileRef.name} ({fileSize(e.fileRef.size)})
                </span>
              ) : e.file?.startsWith('data:') ? (
                <span className="ok-text">File attached ({fileSize(Math.round(e.file.length * 0.75))})</span>
              ) : (
                <span className="hint warn">No file attached: the packet will hold a slip sheet saying so.</span>
              )}{' '}
              <label className="file-button">
                {e.fileRef || e.file ? 'Replace file…' : 'Attach file…'}
                <input
                  type="file"
                  accept="application/pdf,image/jpeg,image/png"
                  hidden
                  disabled={Boolean(busy[e.id])}
                  data-testid={`attach-${e.id}`}
                  onChange={(ev) => {
                    const f = ev.target.files?.[0];
                    ev.target.value = '';
                    if (f) void attach(e, f);
                  }}
                />
              </label>{' '}
              <button type="button" className="link danger" onClick={() => update((c) => ({ ...c, evidence: c.evidence.filter((x) => x.id !== e.id) }))}>
                Remove
              </button>
              {problems[e.id] ? (
                <p className="alert alert--error" role="alert">
                  {problems[e.id]}
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => update((c) => ({ ...c, evidence: [...c.evidence, Evidence.parse({ id: crypto.randomUUID(), kind: 'official-documentation' })] }))}>
        Add exhibit
      </button>
    </div>
  );
}
