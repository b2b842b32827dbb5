import { useEffect, useState } from 'react';
import type { AdaptersClient } from '@/lib/case-client';
import type { PortalAccess } from '@/lib/extension/portal-access';
import type { Adapter } from '@/lib/portals/schema';
import { downloadFile, todayStamp } from '../ui/download';
import { FileButton } from '../ui/FileButton';
import { ErrorAlert } from '../ui/ErrorAlert';

/**
 * Settings → Portals: the sites the user allowed at runtime (revocable), and the portal
 * mappings taught in the panel or imported as packs (selectors only, never case data).
 */
export function PortalsSection({ access, adapters }: { access: PortalAccess; adapters: AdaptersClient }) {
  const [sites, setSites] = useState<string[] | null>(null);
  const [taught, setTaught] = useState<Adapter[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = () => {
    access.allowedSites().then(setSites, () => setSites([]));
    adapters.list().then(setTaught, (e: Error) => setError(e.message));
  };
  useEffect(refresh, []);

  const act = (work: () => Promise<string>) => {
    setMessage(null);
    setError(null);
    work().then(
      (m) => {
        setMessage(m);
        refresh();
      },
      (e: Error & { problems?: { path: string; message: string }[] }) => setError(e.message),
    );
  };

  return (
    <section aria-labelledby="portals-title">
      <h2 id="portals-title">Portals</h2>
      <h3>Sites you allowed</h3>
      {sites === null ? null : sites.length ? (
        <ul data-testid="allowed-sites">
          {sites.map((s) => (
            <li key={s}>
              {s}{' '}
              <button type="button" className="link danger" onClick={() => act(async () => (await access.revoke(s), `Vacatur Assist no longer has access to ${s}.`))}>
                Remove access
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None. On another site, the Fill tab offers "Allow on this site".</p>
      )}
      <h3>Taught portal mappings</h3>
      {taught === null ? null : taught.length ? (
        <ul data-testid="taught-adapters">
          {taught.map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong> <span className="muted">({a.steps.reduce((n, s) => n + s.fields.length, 0)} fields; {a.matches.join(', ')})</span>{' '}
              <button type="button" className="link danger" onClick={() => act(async () => (await adapters.remove(a.id), `Deleted "${a.name}".`))}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None yet. Teach a page from the Fill tab.</p>
      )}
      <div className="actions">
        <button
          type="button"
          disabled={!taught?.length}
          onClick={() =>
            act(async () => {
              downloadFile(`vacatur-adapter-pack-${todayStamp()}.json`, JSON.stringify(await adapters.exportPack(), null, 2), 'application/json');
              return 'Adapter pack downloaded (selectors only, no case data).';
            })
          }
        >
          Export adapter pack
        </button>
        <FileButton
          accept=".json,application/json"
          testId="adapter-pack-input"
          onFile={(f) =>
            act(async () => {
              let pack: unknown;
              try {
                pack = JSON.parse(await f.text());
              } catch {
                throw new Error(`${f.name} is not JSON. Nothing was changed.`);
              }
              const added = await adapters.importPack(pack);
              return `Imported ${added.length} portal mapping${added.length === 1 ? '' : 's'}.`;
            })
          }
        >
          Import adapter pack…
        </FileButton>
      </div>
      {message ? <p role="status">{message}</p> : null}
      <ErrorAlert message={error} />
    </section>
  );
}
