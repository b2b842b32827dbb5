import '@/lib/model/zod-config';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import { I18nProvider, type LanguageStore } from '@/components/ui/i18n';
import type { LanguageSetting } from '@/lib/i18n';
import { adaptersClient, caseClient, defaultsClient, recordsClient, vaultClient } from '@/lib/case-client';
import { portalAccess } from '@/lib/extension/portal-access';
import { PANEL_BROADCAST_TYPES, type PanelBroadcast } from '@/lib/messaging/panel-broadcast';
import '@/components/ui/panel.css';

const send = (message: unknown) => browser.runtime.sendMessage(message);
/** The background's broadcasts to panels (lock, quick exit, a case changed or deleted elsewhere). */
function subscribe(listener: (m: PanelBroadcast) => void) {
  const onMessage = (m: unknown, sender: { id?: string }) => {
    // Other panels' store requests reach us too; only the background's broadcasts matter here.
    if (sender.id === browser.runtime.id && PANEL_BROADCAST_TYPES.has((m as PanelBroadcast)?.type)) listener(m as PanelBroadcast);
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

/** Quick exit closes the panel: the side panel / sidebar closes with window.close; our own tab is removed. */
async function close() {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

/** The panel's language setting: not case data, so it sits in storage.local beside the auto-lock minutes. */
const languageStore: LanguageStore = {
  load: async () => (await browser.storage.local.get('uiLanguage')).uiLanguage as LanguageSetting | undefined,
  save: (setting) => browser.storage.local.set({ uiLanguage: setting }),
  browserLanguage: () => browser.i18n.getUILanguage(),
};

createRoot(document.getElementById('root')!).render(
  <I18nProvider store={languageStore}>
    <App client={caseClient(send)} vault={vaultClient(send)} records={recordsClient(send)} adapters={adaptersClient(send)} access={portalAccess} defaults={defaultsClient(send)} subscribe={subscribe} close={() => void close()} />
  </I18nProvider>,
);
