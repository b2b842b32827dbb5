import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PORTAL_MATCHES } from '@/lib/portals/matches';
import './style.css';

/**
 * Runs on known portals only. It never reads case data on its own: it shows a small
 * "Vacatur Assist" button that opens the side panel (the click is the user gesture
 * Chrome requires), and later receives fill values by message after the user clicks Fill.
 * No React or zod here: the budget is 30 KB gzipped.
 */
export default defineContentScript({
  matches: PORTAL_MATCHES,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'vacatur-assist-launcher',
      position: 'overlay',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        const button = document.createElement('button');
        button.type = 'button';
        button.id = 'vacatur-open-panel';
        button.textContent = 'Vacatur Assist';
        button.title = 'Open the Vacatur Assist side panel';
        button.addEventListener('click', () => void browser.runtime.sendMessage({ type: 'panel/open' }));
        container.append(button);
        return button;
      },
    });
    ui.mount();
    document.documentElement.dataset.vacaturAssist = 'ready';
  },
});
