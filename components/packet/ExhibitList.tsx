import { Evidence, type Case } from '@/lib/model';
import { SelectField, TextField } from '../ui/Field';

const KINDS = [
  { value: 'official-documentation', label: 'Official documentation (§ 236.14(m))' },
  { value: 'declaration', label: 'Declaration or letter' },
  { value: 'record', label: 'Court or police record' },
  { value: 'other', label: 'Other' },
] as const;

const MAX_BYTES = 25 * 1024 * 1024;

interface Props {
  caseValue: Case;
  update(change: (c: Case) => Case): void;
}

/** Exhibits from the case's evidence; files (PDF, JPEG, PNG) are kept in the case, on this machine only. */
export function ExhibitList({ caseValue, update }: Props) {
  const set = (id: string, e: Evidence) => update((c) => ({ ...c, evidence: c.evidence.map((x) => (x.id === id ? e : x)) }));
  const attach = async (e: Evidence, file: File) => {
    if (file.size > MAX_BYTES) {
      alert(`${file.name} is larger than 25 MB; split or compress it first.`);
      return;
    }
    if (!/^(application\/pdf|image\/jpeg|image\/png)$/.test(file.type)) {
      alert(`${file.name} is not a PDF, JPEG or PNG file.`);
      return;
    }
    const dataUrl = await new Promise<string>((ok, fail) => {
      const r = new FileReader();
      r.onload = () => ok(String(r.result));
      r.onerror = () => fail(r.error);
      r.readAsDataURL(file);
    });
    set(e.id, { ...e, file: dataUrl, title: e.title || file.name.replace(/\.[^.]+$/, '') });
  };
  return (
    <div className="exhibits">
      <ol>
        {caseValue.evidence.map((e) => (
          <li key={e.id} className="exhibit">
            <div className="grid">
              <TextField wide label="Exhibit title" value={e.title} onChange={(title) => set(e.id, { ...e, title })} />
              <SelectField label="Kind" value={e.kind} options={KINDS} onChange={(kind) => set(e.id, { ...e, kind })} />
            </div>
            <div className="exhibit-file">
              {e.file?.startsWith('data:') ? (
                <span className="ok-text">File attached ({Math.round((e.file.length * 0.75) / 1024)} KB)</span>
              ) : (
                <span className="hint warn">No file attached: the packet will hold a slip sheet saying so.</span>
              )}{' '}
              <label className="file-button">
                {e.file ? 'Replace file…' : 'Attach file…'}
                <input
                  type="file"
                  accept="application/pdf,image/jpeg,image/png"
                  hidden
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
