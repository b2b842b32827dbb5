// The demo portal server must answer a malformed request line with 400, not crash
// (issue 12). Raw paths go through node:http so the client does not re-encode them.
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs script without type declarations
import { startPortalServer } from '../../scripts/portal-server.mjs';

let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await startPortalServer(0);
});
afterAll(() => server.close());

function get(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.setTimeout(3000, () => req.destroy(new Error(`no answer for ${path}`)));
    req.on('error', fail);
    req.end();
  });
}

/** The status line's code for a request line sent byte for byte (node:http refuses to send a raw NUL). */
function rawStatus(requestLine: string): Promise<number> {
  const { hostname, port } = new URL(server.url);
  return new Promise((ok, fail) => {
    const socket = connect(Number(port), hostname, () => socket.end(`${requestLine}\r\nHost: x\r\n\r\n`));
    let head = '';
    socket.setTimeout(3000, () => socket.destroy(new Error('no answer')));
    socket.on('data', (chunk) => (head += chunk.toString('latin1')));
    socket.on('end', () => ok(Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0)));
    socket.on('error', fail);
  });
}

describe('portal server', () => {
  it('answers bad percent-encoding with 400', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/%')).status).toBe(400);
  });

  it('answers a path with an encoded NUL with 400', async () => {
    expect((await get('/index.html%00.png')).status).toBe(400);
  });

  it('answers a raw NUL byte in the request line with 400', async () => {
    expect(await rawStatus('GET /index\0.html HTTP/1.1')).toBe(400);
  });

  it('keeps serving after malformed requests', async () => {
    await get('/%E0%A4%A');
    expect((await get('/no-such-file.html')).status).toBe(404);
    expect((await get('/../../package.json')).status).not.toBe(200);
  });
});
