// Serves the local portal replicas (tests/fixtures/portals/) on 127.0.0.1 only.
// Used by `npm run portals`, the demo (`npm start`) and the end-to-end tests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'portals');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.pdf': 'application/pdf' };

/**
 * The request's path, decoded and normalized, or undefined when it cannot name a file:
 * bad percent-encoding (`/%E0%A4%A` makes decodeURIComponent throw URIError, which used to
 * escape the async handler as an unhandled rejection and kill the process) or a NUL byte
 * (fs rejects it; it never names a fixture).
 */
function requestPath(url = '/') {
  let path;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  return normalize(path).replace(/^(\.\.[/\\])+/, '');
}

/** Starts the server; resolves to { url, close }. Port 0 picks a free port. */
export function startPortalServer(port = 0) {
  const server = createServer(async (req, res) => {
    const path = requestPath(req.url);
    if (path === undefined) return void res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
    const file = join(ROOT, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(ROOT)) return void res.writeHead(403).end('forbidden');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      ok({ url: `http://127.0.0.1:${p}`, close: () => new Promise((done) => server.close(done)) });
    }),
  );
}

if (fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await startPortalServer(port);
  console.log(`Demo portals at ${url}/ (Ctrl+C to stop)`);
}
