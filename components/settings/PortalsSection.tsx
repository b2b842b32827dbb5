import { useEffect, useState } from 'react';
import type { AdaptersClient } from '@/lib/case-client';
import type { PortalAccess } from '@/lib/extension/portal-access';
import type { Adapter } from '@/lib/portals/schema';
import { downloadFile, todayStamp } from '../ui/download';
import { FileButton } from '../ui/FileButton';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useI18n } from '../ui/i18n';

/**
 * Settings → Portals: the sites the user allowed at runtime (revocable), and the portal
 * mappings taught in the panel or imported as packs (selectors only, never case data).
 */
export function PortalsSection({ access, adapters }: { access: PortalAccess; adapters: AdaptersClient }) {
  const { t } = useI18n();
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
      <h2 id="portals-title">{t('settings_portals_title')}</h2>
      <h3>{t('settings_sites_title')}</h3>
      {sites === null ? null : sites.length ? (
        <ul data-testid="allowed-sites">
          {sites.map((s) => (
            <li key={s}>
              {s}{' '}
              <button type="button" className="link danger" onClick={() => act(async () => (await access.revoke(s), t('settings_site_removed', s)))}>
                {t('settings_site_remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('settings_sites_none')}</p>
      )}
      <h3>{t('settings_taught_title')}</h3>
      {taught === null ? null : taught.length ? (
        <ul data-testid="taught-adapters">
          {taught.map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong> <span className="muted">{t('settings_taught_detail', a.steps.reduce((n, s) => n + s.fields.length, 0), a.matches.join(', '))}</span>{' '}
              <button type="button" className="link danger" onClick={() => act(async () => (await adapters.remove(a.id), t('settings_taught_deleted', a.name)))}>
                {t('settings_taught_delete')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('settings_taught_none')}</p>
      )}
      <div className="actions">
        <button
          type="button"
          disabled={!taught?.length}
          onClick={() =>
            act(async () => {
              downloadFile(`vacatur-adapter-pack-${todayStamp()}.json`, JSON.stringify(await adapters.exportPack(), null, 2), 'application/json');
              return t('settings_pack_downloaded');
            })
          }
        >
          {t('settings_pack_export')}
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
                throw new Error(t('settings_pack_not_json', f.name));
              }
              const added = await adapters.importPack(pack);
              return added.length === 1 ? t('settings_pack_imported_one', added.length) : t('settings_pack_imported_other', added.length);
            })
          }
        >
          {t('settings_pack_import')}
        </FileButton>
      </div>
      {message ? <p role="status">{message}</p> : null}
      <ErrorAlert message={error} />
    </section>
  );
}
