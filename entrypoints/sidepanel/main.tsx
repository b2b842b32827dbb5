import '@/lib/model/zod-config';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import { caseClient } from '@/lib/case-client';
import '@/components/ui/panel.css';

const client = caseClient((message) => browser.runtime.sendMessage(message));
createRoot(document.getElementById('root')!).render(<App client={client} />);
