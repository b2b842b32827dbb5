// @vitest-environment node
/**
 * The PDF worker's client and protocol (issue 12): jobs run in-thread where there is no Worker
 * (Node, the CLI) and in a worker in the panel, with progress, Cancel, a time budget, errors as
 * one-line messages and bytes transferred. The worker here is a fake that speaks the protocol on
 * this thread; the real one runs in tests/e2e/hostile-files.test.mjs.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Evidence } from '@/lib/model';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import type { FontBytes } from '@/lib/packet/pdf';
import { runPdfJobHere } from '@/lib/workers/pdf-jobs';
import { MAX_PDF_WORKERS, PdfJobError, runPdfJob, setPdfWorkerMode } from '@/lib/workers/pdf-worker-client';
import { transferables, type FromWorker, type ToWorker } from '@/lib/workers/protocol';
import { makePng } from '../../factories/exhibit-files';
import { manyPagePdf, pngBomb, truncatedPdf } from '../../factories/hostile-files.mjs';
import { pageTexts, sampleBody } from '../packet/helpers';

/** Speaks the worker protocol on this thread, with the real jobs; records what it was sent. */
class FakeWorker {
  static all: FakeWorker[] = [];
  /** The most runs ever under way at once in workers not terminated. */
  static mostBusy = 0;
  inFlight = 0;
  /** The worker that was last given a run. */
  static last: FakeWorker | undefined;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  runs = 0;
  transferred: ArrayBuffer[] = [];
  private controllers = new Map<number, AbortController>();
  constructor() {
    FakeWorker.all.push(this);
  }
  private emit(msg: FromWorker) {
    if (!this.terminated) setTimeout(() => !this.terminated && this.onmessage?.({ data: msg } as MessageEvent<FromWorker>));
  }
  postMessage(msg: ToWorker, transfer: ArrayBuffer[] = []) {
    this.transferred.push(...transfer);
    if (msg.type === 'cancel') return this.controllers.get(msg.id)?.abort();
    this.runs++;
    FakeWorker.last = this;
    this.inFlight++;
    const busy = FakeWorker.all.filter((w) => !w.terminated).reduce((n, w) => n + w.inFlight, 0);
    FakeWorker.mostBusy = Math.max(FakeWorker.mostBusy, busy);
    const controller = new AbortController();
    this.controllers.set(msg.id, controller);
    runPdfJobHere(msg.kind, structuredClone(msg.input) as never, { signal: controller.signal, progress: (done, total) => this.emit({ type: 'progress', id: msg.id, done, total }) })
      .then(
        (output) => this.emit({ type: 'done', id: msg.id, output }),
        (e: Error) => this.emit({ type: 'error', id: msg.id, name: e.name, message: e.message }),
      )
      .finally(() => this.inFlight--);
  }
  terminate() {
    this.terminated = true;
  }
}

vi.mock('@/lib/workers/spawn-pdf-worker', () => ({ spawnPdfWorker: () => new FakeWorker() }));

let fonts: FontBytes;
beforeAll(() => {
  fonts = loadNodeFonts();
});
afterEach(() => setPdfWorkerMode(undefined));

const ev = (id: string, title: string) => Evidence.parse({ id, title, kind: 'record' });

/** The sample case with four exhibits: a good scan, the PNG bomb, a 20,000-page PDF, a PDF cut short. */
function hostileCase() {
  const body = sampleBody();
  body.evidence = [ev('ex-scan', 'Shelter letter scan'), ev('ex-bomb', 'Phone photo'), ev('ex-long', 'Court file'), ev('ex-cut', 'Police report')];
  const exhibits = new Map([
    ['ex-scan', makePng(60, 80, 1)],
    ['ex-bomb', pngBomb()],
    ['ex-long', manyPagePdf(20_000)],
    ['ex-cut', truncatedPdf()],
  ]);
  return { body, exhibits };
}

describe('in-thread (no Worker: Node, vitest, the CLI)', () => {
  it('runs where there is no Worker', () => {
    expect(typeof Worker).toBe('undefined');
  });

  it('a packet with a bad exhibit still builds: skipped with a warning and a slip sheet, progress to the end', async () => {
    const { body, exhibits } = hostileCase();
    const progress: [number, number][] = [];
    const out = await runPdfJob('packet', { body, asOf: '2026-12-02', exhibits, fonts }, { onProgress: (d, t) => progress.push([d, t]) });
    expect(out.packets.length).toBeGreaterThan(0);
    expect(out.warnings.filter((w) => /^Exhibit [B-D] /.test(w))).toHaveLength(3);
    expect(out.warnings).toContain(
      'Exhibit B ("Phone photo"): the image is 40,000 × 40,000 pixels (1,600 megapixels), over the 40-megapixel limit for an exhibit image; its slip sheet says "exhibit file not attached"',
    );
    expect(out.warnings).toContain('Exhibit C ("Court file"): 20,000 pages, over the 2,000-page limit for an exhibit; its slip sheet says "exhibit file not attached"');
    const last = progress[progress.length - 1]!;
    expect(last[0]).toBe(last[1]);
    const exhibitsDoc = out.packets[0]!.documents.find((d) => d.template === 'exhibits')!;
    const pages = await pageTexts(exhibitsDoc.bytes);
    // A (slip + scan), B, C, D (a slip sheet each, saying the file is not attached).
    expect(pages).toHaveLength(5);
    expect(pages.filter((p) => p.includes('[Exhibit file not attached]'))).toHaveLength(3);
    expect(pages[2]).toContain('EXHIBIT B');
  }, 60_000);

  it('exhibits may come as the store sends them, data: URLs, decoded off the panel: a bad one is a warning', async () => {
    const { body } = hostileCase();
    const dataUrl = (bytes: Uint8Array, type: string) => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
    const exhibits = new Map<string, Uint8Array | string>([
      ['ex-scan', dataUrl(makePng(60, 80, 1), 'image/png')],
      ['ex-bomb', dataUrl(pngBomb(), 'image/png')],
      ['ex-long', 'data:application/pdf;base64,%%%not base64%%%'],
    ]);
    const out = await runPdfJob('packet', { body, asOf: '2026-12-02', exhibits, fonts });
    const exhibitWarnings = out.warnings.filter((w) => /^Exhibit [A-D] /.test(w));
    expect(exhibitWarnings).toEqual([
      'Exhibit B ("Phone photo"): the image is 40,000 × 40,000 pixels (1,600 megapixels), over the 40-megapixel limit for an exhibit image; its slip sheet says "exhibit file not attached"',
      'Exhibit C ("Court file"): the stored file could not be read; its slip sheet says "exhibit file not attached"',
      'Exhibit D ("Police report"): no file given; its slip sheet says "exhibit file not attached"',
    ]);
  }, 60_000);

  it('Cancel stops the packet between documents', async () => {
    const { body } = hostileCase();
    const controller = new AbortController();
    let after = 0;
    const run = runPdfJob('packet', { body, asOf: '2026-12-02', fonts }, { signal: controller.signal, onProgress: () => (after++, controller.abort()) });
    await expect(run).rejects.toMatchObject({ name: 'AbortError', message: 'cancelled' });
    expect(after).toBe(1);
  }, 60_000);

  it('the time budget stops a job with a one-line message', async () => {
    const { body } = hostileCase();
    await expect(runPdfJob('packet', { body, asOf: '2026-12-02', fonts }, { timeoutMs: 1 })).rejects.toMatchObject({
      name: 'TimeoutError',
      message: 'the packet: stopped after 0 s, the time limit for building a packet',
    });
  }, 60_000);

  it('RAP sheet, exhibit and form jobs give one line naming the file and the limit', async () => {
    const long = manyPagePdf(20_000);
    await expect(runPdfJob('rap-sheet-text', { bytes: long, fileName: 'sheet.pdf' })).rejects.toEqual(
      new PdfJobError('sheet.pdf: 20,000 pages, over the 500-page limit for a RAP sheet PDF', 'RapSheetInputError'),
    );
    await expect(runPdfJob('read-form', { bytes: long, fileName: 'form.pdf' })).rejects.toMatchObject({
      name: 'InputLimitError',
      message: 'form.pdf: 20,000 pages, over the 100-page limit for a PDF form',
    });
    expect(await runPdfJob('inspect-exhibit', { bytes: pngBomb(), fileName: 'bomb.png' })).toEqual({
      kind: 'png',
      pages: 0,
      width: 40_000,
      height: 40_000,
      problem: 'bomb.png: the image is 40,000 × 40,000 pixels (1,600 megapixels), over the 40-megapixel limit for an exhibit image',
    });
    expect(await runPdfJob('inspect-exhibit', { bytes: long, fileName: 'court-file.pdf' })).toEqual({
      kind: 'pdf',
      pages: 20_000,
      problem: 'court-file.pdf: 20,000 pages, over the 2,000-page limit for an exhibit',
    });
    expect(await runPdfJob('inspect-exhibit', { bytes: makePng(30, 40, 2), fileName: 'scan.png' })).toEqual({ kind: 'png', pages: 1, width: 30, height: 40 });
    // Page previews are drawn on an OffscreenCanvas, which browsers have and Node does not.
    await expect(runPdfJob('render-page', { bytes: manyPagePdf(1), fileName: 'p.pdf', page: 1, width: 300 })).rejects.toThrow('no OffscreenCanvas here to draw the page on');
    const text = await runPdfJob('rap-sheet-text', { bytes: manyPagePdf(2, 'CII/A12345678'), fileName: 'ok.pdf' });
    expect(text.text.match(/CII\/A12345678/g)).toHaveLength(2);
  }, 60_000);
});

describe('in a worker (the protocol, with a fake worker)', () => {
  it('transfers the input bytes, reports progress, answers once and keeps the worker for the next run', async () => {
    setPdfWorkerMode('worker');
    FakeWorker.all = [];
    const bytes = makePng(30, 40, 2);
    const buffer = bytes.buffer;
    const out = await runPdfJob('inspect-exhibit', { bytes, fileName: 'scan.png' });
    expect(out).toEqual({ kind: 'png', pages: 1, width: 30, height: 40 });
    expect(FakeWorker.all).toHaveLength(1);
    expect(FakeWorker.all[0]!.transferred).toEqual([buffer]);
    const { body } = hostileCase();
    const progress: number[] = [];
    const packet = await runPdfJob('packet', { body, asOf: '2026-12-02', fonts }, { onProgress: (d) => progress.push(d) });
    expect(packet.packets.length).toBeGreaterThan(0);
    expect(progress[0]).toBe(1);
    expect(FakeWorker.all).toHaveLength(1);
    expect(FakeWorker.all[0]!.runs).toBe(2);
    expect(FakeWorker.all[0]!.terminated).toBe(false);
  }, 60_000);

  it('Cancel terminates the worker at once; the next run starts a fresh one', async () => {
    setPdfWorkerMode('worker');
    FakeWorker.all = [];
    const { body } = hostileCase();
    const controller = new AbortController();
    const run = runPdfJob('packet', { body, asOf: '2026-12-02', fonts }, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const stopped = FakeWorker.last!;
    expect(stopped.terminated).toBe(true);
    await runPdfJob('inspect-exhibit', { bytes: pngBomb(), fileName: 'bomb.png' });
    expect(FakeWorker.last).not.toBe(stopped);
    expect(FakeWorker.last!.terminated).toBe(false);
  }, 60_000);

  it(`runs at most ${MAX_PDF_WORKERS} workers at once: the rest wait their turn, and one cancelled while waiting never starts`, async () => {
    setPdfWorkerMode('worker');
    FakeWorker.mostBusy = 0;
    const started = FakeWorker.all.length;
    const waitingOne = new AbortController();
    const runs = [1, 2, 3, 4, 5].map((n) => runPdfJob('inspect-exhibit', { bytes: makePng(20 + n, 20, n), fileName: `scan-${n}.png` }, n === 4 ? { signal: waitingOne.signal } : {}));
    waitingOne.abort();
    const settled = await Promise.allSettled(runs);
    expect(settled.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((settled[4] as PromiseFulfilledResult<{ width: number }>).value.width).toBe(25);
    expect(FakeWorker.mostBusy).toBe(MAX_PDF_WORKERS);
    expect(FakeWorker.all.length - started).toBeLessThanOrEqual(MAX_PDF_WORKERS);
  }, 60_000);

  it('a job error comes back as a message with its name; the time budget terminates the worker', async () => {
    setPdfWorkerMode('worker');
    FakeWorker.all = [];
    await expect(runPdfJob('rap-sheet-text', { bytes: manyPagePdf(600), fileName: 'sheet.pdf' })).rejects.toEqual(
      new PdfJobError('sheet.pdf: 600 pages, over the 500-page limit for a RAP sheet PDF', 'RapSheetInputError'),
    );
    const { body } = hostileCase();
    await expect(runPdfJob('packet', { body, asOf: '2026-12-02', fonts }, { timeoutMs: 5 })).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(FakeWorker.last!.terminated).toBe(true);
  }, 60_000);
});

describe('the worker entry (lib/workers/pdf.worker.ts)', () => {
  it('says ready, runs a job by message and answers with done or error', async () => {
    const posted: FromWorker[] = [];
    vi.stubGlobal('postMessage', (m: FromWorker) => posted.push(m));
    vi.resetModules();
    await import('@/lib/workers/pdf.worker');
    expect(posted).toEqual([{ type: 'ready' }]);
    const onmessage = (globalThis as unknown as { onmessage: (e: { data: ToWorker }) => void }).onmessage;
    onmessage({ data: { type: 'run', id: 7, kind: 'inspect-exhibit', input: { bytes: pngBomb(), fileName: 'bomb.png' } } });
    onmessage({ data: { type: 'run', id: 8, kind: 'read-form', input: { bytes: truncatedPdf(), fileName: 'cut.pdf' } } });
    await vi.waitFor(() => expect(posted).toHaveLength(3), { timeout: 10_000 });
    expect(posted).toContainEqual(expect.objectContaining({ type: 'done', id: 7, output: expect.objectContaining({ problem: expect.stringMatching(/^bomb\.png: the image is 40,000 × 40,000/) }) }));
    expect(posted).toContainEqual({ type: 'error', id: 8, name: 'InputLimitError', message: 'cut.pdf: cannot read this PDF (Invalid PDF structure.)' });
    vi.unstubAllGlobals();
  });
});

describe('transferables', () => {
  it('finds each buffer once, in objects, arrays and Maps', () => {
    const a = new Uint8Array(4);
    const b = new Uint8Array(8);
    expect(transferables({ x: a, y: [a, { z: b }], m: new Map([['k', b]]), s: 'text', n: 1 })).toEqual([a.buffer, b.buffer]);
    expect(transferables('plain')).toEqual([]);
  });
});
