// Loads a portal replica (tests/fixtures/portals) into its own jsdom window, scripts and
// same-origin frames included, as if served by `npm run portals`. Requests for anything but
// the replica files answer 404: nothing leaves the machine.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { JSDOM, requestInterceptor } from 'jsdom';

export const REPLICA_ORIGIN = 'http://127.0.0.1:4173';
const ROOT = join(process.cwd(), 'tests/fixtures/portals');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

export async function loadReplica(path: string, hash = ''): Promise<JSDOM> {
  const url = `${REPLICA_ORIGIN}/${path}${hash}`;
  const html = await readFile(join(ROOT, path), 'utf8');
  const dom = new JSDOM(html, {
    url,
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    resources: {
      interceptors: [
        requestInterceptor(async (request) => {
          const u = new URL(request.url);
          if (u.origin !== REPLICA_ORIGIN) return new Response('blocked', { status: 404 });
          const file = join(ROOT, normalize(u.pathname));
          try {
            return new Response(await readFile(file), { headers: { 'content-type': TYPES[extname(file)] ?? 'text/plain' } });
          } catch {
            return new Response('not found', { status: 404 });
          }
        }),
      ],
    },
  });
  await new Promise<void>((ok) => {
    if (dom.window.document.readyState === 'complete') ok();
    else dom.window.addEventListener('load', () => ok());
  });
  // Frames finish after their parent's load in jsdom: wait for each.
  for (const f of Array.from(dom.window.document.querySelectorAll('iframe'))) {
    for (let i = 0; i < 100 && f.contentDocument?.readyState !== 'complete'; i++) await new Promise((r) => setTimeout(r, 10));
  }
  return dom;
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
