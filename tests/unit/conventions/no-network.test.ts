/**
 * The extension makes no network requests (survivors' safety depends on it). This test reads
 * every product source file and fails on any network API or any web address outside comments
 * that could be fetched. Legal sources cited in comments are allowed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOTS = ['lib', 'components', 'entrypoints', 'bin'];
const CODE = /\.(ts|tsx|mjs|js)$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Source without comments, so a URL cited in a comment does not count. */
function code(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const files = ROOTS.flatMap((r) => walk(join(process.cwd(), r))).filter((f) => CODE.test(f) && !/\.test\.tsx?$/.test(f));

it('no product file uses a network API', () => {
  // `async fetch(` is a method definition (pdfjs's font factory interface, lib/workers/standard-fonts.ts), not a call.
  const offenders = files.filter((f) => /(?<!async )\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|new EventSource|importScripts\(/.test(code(readFileSync(f, 'utf8'))));
  expect(offenders.map((f) => f.slice(process.cwd().length + 1))).toEqual([]);
});

it('no product file holds a web address outside comments, except loopback for the local portal replicas', () => {
  const offenders: string[] = [];
  for (const f of files) {
    for (const m of code(readFileSync(f, 'utf8')).matchAll(/\b(?:https?|wss?):\/\/[^\s'"`)]+/g)) {
      if (!/^https?:\/\/(127\.0\.0\.1|localhost)\b/.test(m[0])) offenders.push(`${f.slice(process.cwd().length + 1)}: ${m[0]}`);
    }
  }
  expect(offenders).toEqual([]);
});

it('the check sees real code (guards against an empty walk)', () => {
  expect(files.length).toBeGreaterThan(50);
  expect(code("const a = 1; // https://example.org\nfetch('x')")).toContain("fetch('x')");
});
