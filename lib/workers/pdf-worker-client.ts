/**
 * The panel's side of the PDF worker: `runPdfJob(kind, input, { signal, onProgress })` resolves
 * with the job's output or rejects with a PdfJobError carrying the worker's one-line message.
 *
 * - Off the panel's thread: each run takes the idle worker or starts one, at most
 *   MAX_PDF_WORKERS at once (later runs wait their turn); after the run the worker waits, idle,
 *   for the next one (pdf-lib and the fonts stay parsed).
 * - Cancel (the signal) and the time budget (LIMITS.timeMs) terminate that run's worker at once,
 *   even inside one long pdf-lib call; the next run starts a fresh one.
 * - Input bytes are transferred, not copied: the caller's ArrayBuffers are detached after the call.
 * - Where there is no Worker (Node, vitest, the CLI) the same jobs run in-thread (pdf-jobs.ts),
 *   and Cancel and the time budget abort between documents or pages.
 *
 * @example const { text } = await runPdfJob('rap-sheet-text', { bytes, fileName: 'sheet.pdf' }, { signal })
 */
import { LIMITS } from '../packet/limits';
import { runPdfJobHere } from './pdf-jobs';
import { transferables, type FromWorker, type JobInput, type JobKind, type JobOutput, type ToWorker } from './protocol';

export type { ExhibitInspection, PacketJobInput, PdfJobs, JobKind } from './protocol';

/** A job's failure: `name` is the worker-side error's (RapSheetInputError, InputLimitError, AbortError, TimeoutError ...). */
export class PdfJobError extends Error {
  constructor(message: string, override readonly name: string) {
    super(message);
  }
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?(done: number, total: number, label?: string): void;
  /** Overrides the job's time budget (LIMITS.timeMs), in ms. */
  timeoutMs?: number;
}

type Mode = 'worker' | 'in-thread';
let forcedMode: Mode | undefined;

/** Tests: force the in-thread path (or the worker) instead of choosing by `typeof Worker`. */
export function setPdfWorkerMode(mode: Mode | undefined): void {
  forcedMode = mode;
}

/** Where jobs run now. */
export function pdfWorkerMode(): Mode {
  return forcedMode ?? (typeof Worker === 'function' ? 'worker' : 'in-thread');
}

const BUDGET: Record<JobKind, { ms: number; what: string }> = {
  'rap-sheet-text': { ms: LIMITS.timeMs.rapSheetText, what: 'reading a RAP sheet' },
  packet: { ms: LIMITS.timeMs.packet, what: 'building a packet' },
  'inspect-exhibit': { ms: LIMITS.timeMs.inspectExhibit, what: 'checking an exhibit' },
  'render-page': { ms: LIMITS.timeMs.renderPage, what: 'drawing a page preview' },
  'read-form': { ms: LIMITS.timeMs.readForm, what: 'reading a PDF form' },
  'fill-form': { ms: LIMITS.timeMs.fillForm, what: 'filling a PDF form' },
};

function subject(kind: JobKind, input: unknown): string {
  const name = (input as { fileName?: unknown }).fileName;
  return typeof name === 'string' && name ? name : kind === 'packet' ? 'the packet' : 'the file';
}

function timeoutError(kind: JobKind, input: unknown, ms: number): PdfJobError {
  return new PdfJobError(`${subject(kind, input)}: stopped after ${Math.round(ms / 1000)} s, the time limit for ${BUDGET[kind].what}`, 'TimeoutError');
}

const cancelled = () => new PdfJobError('cancelled', 'AbortError');

/**
 * At most this many workers run at once; further runs wait their turn (first come, first served).
 * Each worker holds its own copy of the libraries and of the PDF it reads: a panel scrolling
 * through the page previews of a long packet must not start one worker per page.
 */
export const MAX_PDF_WORKERS = 2;

let idle: Worker | null = null;
let active = 0;
const waiting: { grant(): void; cancel(): void }[] = [];
let nextId = 1;

async function startWorker(): Promise<Worker> {
  const w = idle;
  idle = null;
  if (w) return w;
  const { spawnPdfWorker } = await import('./spawn-pdf-worker');
  return spawnPdfWorker();
}

/** A turn to run: at once while fewer than MAX_PDF_WORKERS run, else after one of them ends. */
function turn(signal?: AbortSignal): Promise<void> {
  if (active < MAX_PDF_WORKERS) {
    active++;
    return Promise.resolve();
  }
  return new Promise<void>((resolve, reject) => {
    const waiter = {
      grant: () => {
        signal?.removeEventListener('abort', waiter.cancel);
        resolve();
      },
      cancel: () => {
        waiting.splice(waiting.indexOf(waiter), 1);
        reject(cancelled());
      },
    };
    waiting.push(waiter);
    signal?.addEventListener('abort', waiter.cancel, { once: true });
  });
}

/** Ends a turn: the next waiting run takes it (and the idle worker, when kept), else the count drops. */
function endTurn(): void {
  const next = waiting.shift();
  if (next) next.grant();
  else active--;
}

function release(w: Worker, keep: boolean): void {
  w.onmessage = null;
  w.onerror = null;
  w.onmessageerror = null;
  if (keep && !idle) idle = w;
  else w.terminate();
  endTurn();
}

/** Runs `kind` in the PDF worker (or in-thread where there is none). */
export function runPdfJob<K extends JobKind>(kind: K, input: JobInput<K>, options: RunOptions = {}): Promise<JobOutput<K>> {
  if (options.signal?.aborted) return Promise.reject(cancelled());
  return pdfWorkerMode() === 'worker' ? inWorker(kind, input, options) : inThread(kind, input, options);
}

async function inThread<K extends JobKind>(kind: K, input: JobInput<K>, options: RunOptions): Promise<JobOutput<K>> {
  const ms = options.timeoutMs ?? BUDGET[kind].ms;
  const controller = new AbortController();
  const onAbort = () => controller.abort(cancelled());
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(timeoutError(kind, input, ms)), ms);
  try {
    return await runPdfJobHere(kind, input, { signal: controller.signal, progress: (d, t, label) => options.onProgress?.(d, t, label) });
  } catch (e) {
    if (controller.signal.aborted) throw controller.signal.reason;
    const err = e instanceof Error ? e : new Error(String(e));
    throw new PdfJobError(err.message, err.name);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

async function inWorker<K extends JobKind>(kind: K, input: JobInput<K>, options: RunOptions): Promise<JobOutput<K>> {
  await turn(options.signal);
  let worker: Worker;
  try {
    worker = await startWorker();
  } catch {
    // No worker here (an old browser, a policy): the same job on this thread.
    endTurn();
    return inThread(kind, input, options);
  }
  if (options.signal?.aborted) {
    release(worker, true);
    throw cancelled();
  }
  const id = nextId++;
  const ms = options.timeoutMs ?? BUDGET[kind].ms;
  return new Promise<JobOutput<K>>((resolve, reject) => {
    let settled = false;
    const finish = (keep: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      release(worker, keep);
      outcome();
    };
    const onAbort = () => finish(false, () => reject(cancelled()));
    const timer = setTimeout(() => finish(false, () => reject(timeoutError(kind, input, ms))), ms);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const msg = event.data;
      if (msg.type === 'ready' || msg.id !== id) return;
      if (msg.type === 'progress') options.onProgress?.(msg.done, msg.total, msg.label);
      else if (msg.type === 'done') finish(true, () => resolve(msg.output as JobOutput<K>));
      else finish(true, () => reject(new PdfJobError(msg.message, msg.name)));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(false, () => reject(new PdfJobError(`the PDF worker stopped: ${event.message || 'it could not start or ran out of memory'}`, 'WorkerError')));
    };
    worker.onmessageerror = () => finish(false, () => reject(new PdfJobError('the PDF worker sent a message that could not be read', 'WorkerError')));
    const message: ToWorker = { type: 'run', id, kind, input };
    try {
      worker.postMessage(message, transferables(input));
    } catch {
      // A buffer that cannot be transferred (already detached, or shared): copy instead.
      worker.postMessage(message);
    }
  });
}
