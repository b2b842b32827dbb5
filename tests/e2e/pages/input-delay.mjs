// Input delay in the panel, measured in the page while the user types (issue 12: "the panel stays
// responsive"). For every keydown: the time from the key's event timestamp (when the browser
// received it) to the start of its first listener, which is how long the main thread kept the key
// waiting. Event Timing entries (durationThreshold 16 ms) add each slow event's whole latency
// up to the next paint. Shared by tests/e2e/hostile-files.test.mjs and the bench.

/** Starts recording in `page` (call before typing). */
export async function startInputDelayProbe(page) {
  await page.evaluate(() => {
    const keys = [];
    const slow = [];
    const onKey = (e) => keys.push(performance.now() - e.timeStamp);
    addEventListener('keydown', onKey, { capture: true });
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) slow.push({ name: e.name, delay: e.processingStart - e.startTime, duration: e.duration });
    });
    observer.observe({ type: 'event', durationThreshold: 16 });
    // Tasks of 50 ms or more on the main thread: where a slow key's time went.
    const longTasks = [];
    const t0 = performance.now();
    const longObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ at: Math.round(e.startTime - t0), ms: Math.round(e.duration) });
    });
    longObserver.observe({ type: 'longtask' });
    globalThis.__inputDelayProbe = {
      keys,
      slow,
      longTasks,
      stop() {
        removeEventListener('keydown', onKey, { capture: true });
        observer.disconnect();
        longObserver.disconnect();
      },
    };
  });
}

const percentile = (xs, p) => {
  if (!xs.length) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (x) => Math.round(x * 10) / 10;

/**
 * Stops recording; returns the keys counted, the max and p95 input delay (ms), the longest
 * Event Timing duration (ms, 0 when no event took 16 ms or more) and the long tasks.
 */
export async function stopInputDelayProbe(page) {
  const { keys, slow, longTasks } = await page.evaluate(() => {
    const probe = globalThis.__inputDelayProbe;
    probe.stop();
    return { keys: probe.keys, slow: probe.slow, longTasks: probe.longTasks };
  });
  const delays = [...keys, ...slow.map((s) => s.delay)];
  return {
    keys: keys.length,
    max: round(Math.max(0, ...delays)),
    p95: round(percentile(keys, 95)),
    maxDuration: round(Math.max(0, ...slow.map((s) => s.duration))),
    /** Main-thread tasks of 50 ms or more: { at: ms since the probe started, ms }. */
    longTasks,
  };
}

/**
 * Types into `field` in short bursts until `done` is visible, then one burst more (what renders
 * after the work finishes counts too). Returns all that was typed. 40 ms between keys is 25 keys a
 * second, above a fast typist's 10-12: fast enough to keep keys coming throughout the work,
 * without each key queueing behind the panel's own work for the one before.
 */
export async function typeUntil(field, done, { word = 'steady ', delay = 40, maxMs = 90_000 } = {}) {
  let typed = '';
  const deadline = Date.now() + maxMs;
  do {
    await field.pressSequentially(word, { delay });
    typed += word;
  } while (!(await done.isVisible()) && Date.now() < deadline);
  await field.pressSequentially(word, { delay });
  return typed + word;
}
