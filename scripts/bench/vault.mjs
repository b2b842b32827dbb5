// Encryption-at-rest budgets in real headless Chromium (WebCrypto + the profile's IndexedDB),
// measured through the same messages the panel sends, so each figure includes the round trip.
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x * 10) / 10;

export const BENCH_PASSPHRASE = 'benchmark harbor quiet 31';

/** Sets the passphrase on a fresh profile (or unlocks), so the store is encrypted. */
export async function unlockForBench(page) {
  await page.evaluate(async (passphrase) => {
    const status = await chrome.runtime.sendMessage({ type: 'vault/status' });
    const type = status.data.state === 'setup-needed' ? 'vault/setup' : status.data.state === 'locked' ? 'vault/unlock' : null;
    if (!type) return;
    const r = await chrome.runtime.sendMessage({ type, passphrase });
    if (!r.ok) throw new Error(r.error);
  }, BENCH_PASSPHRASE);
}

export async function vaultBenchmarks(ext, { report, wanted }) {
  const page = await ext.context.newPage();
  await page.goto(ext.panelUrl);
  await unlockForBench(page);
  const figures = await page.evaluate(async (passphrase) => {
    const send = async (m) => {
      const r = await chrome.runtime.sendMessage(m);
      if (!r.ok) throw new Error(r.error);
      return r.data;
    };
    const timed = async (fn) => {
      const t = performance.now();
      await fn();
      return performance.now() - t;
    };
    const sections = [['PC', '647(b)', 'M'], ['HS', '11350(a)', 'F'], ['PC', '484(a)', 'M'], ['PC', '211', 'F']];
    const events = Array.from({ length: 300 }, (_, i) => {
      const [code, section, level] = sections[i % sections.length];
      const date = new Date(Date.UTC(2008, 0, 1) + i * 86400000 * 5).toISOString().slice(0, 10);
      return { id: `e${i}`, kind: 'conviction', date, code, section, level, county: 'Los Angeles', description: `Invented count ${i}`, disposition: 'Convicted', sentence: '30 days jail' };
    });
    const created = await send({ type: 'cases/create', body: { client: { firstName: 'Vault', lastName: 'Benchmark' }, trafficking: { periods: [{ from: '2008-01-01', to: '2012-12-31' }], narrative: 'x'.repeat(5000) }, events } });
    const unlock = [];
    const open = [];
    for (let i = 0; i < 5; i++) {
      await send({ type: 'vault/lock' });
      unlock.push(await timed(() => send({ type: 'vault/unlock', passphrase })));
      // The first open after an unlock: the case key is unwrapped, the record decrypted and validated.
      open.push(await timed(() => send({ type: 'cases/get', id: created.id })));
    }
    let c = await send({ type: 'cases/get', id: created.id });
    const save = [];
    for (let i = 0; i < 9; i++) {
      c = { ...c, client: { ...c.client, phone: `555-01${String(i).padStart(2, '0')}` } };
      save.push(await timed(async () => (c = { ...c, ...(await send({ type: 'cases/save', case: c })) })));
    }
    return { unlock, open, save };
  }, BENCH_PASSPHRASE);
  await page.close();
  if (wanted('vault: unlock')) report({ name: 'vault: unlock, PBKDF2-SHA-256 600,000 (median of 5)', value: round(median(figures.unlock)), unit: 'ms', budget: 1500 });
  if (wanted('vault: open')) report({ name: 'vault: open a 300-event encrypted case after unlock (median of 5)', value: round(median(figures.open)), unit: 'ms', budget: 150 });
  if (wanted('vault: save')) report({ name: 'vault: save an edit, 300-event encrypted case (median of 9)', value: round(median(figures.save)), unit: 'ms', budget: 20 });
}
