/**
 * The PDF worker (a dedicated Web Worker bundled by Vite from `?worker`, spawn-pdf-worker.ts):
 * runs the jobs of pdf-jobs.ts off the panel's thread. One message in per run, progress and one
 * `done` / `error` out; result bytes are transferred, not copied. A `cancel` aborts the run's
 * signal (checked between documents); the client also terminates the worker, which stops even
 * a job stuck inside one long call.
 */
import { runPdfJobHere } from './pdf-jobs';
import { transferables, type FromWorker, type JobKind, type ToWorker } from './protocol';

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const running = new Map<number, AbortController>();

async function run(id: number, kind: JobKind, input: unknown): Promise<void> {
  const controller = new AbortController();
  running.set(id, controller);
  try {
    const output = await runPdfJobHere(kind, input as never, {
      signal: controller.signal,
      progress: (done, total, label) => scope.postMessage({ type: 'progress', id, done, total, ...(label ? { label } : {}) }),
    });
    scope.postMessage({ type: 'done', id, output }, transferables(output));
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    scope.postMessage({ type: 'error', id, name: err.name, message: err.message });
  } finally {
    running.delete(id);
  }
}

scope.onmessage = (event) => {
  const msg = event.data;
  if (msg.type === 'cancel') running.get(msg.id)?.abort(new DOMException('cancelled', 'AbortError'));
  else if (msg.type === 'run') void run(msg.id, msg.kind, msg.input);
};
scope.postMessage({ type: 'ready' });
