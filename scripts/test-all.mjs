// `npm test`: every check, in the order a failure is cheapest to find.
// system packages (installed when missing, as `npm start` does) → typecheck → unit tests
// → store build + zip (chrome-mv3, firefox-mv2, firefox-mv3) → web-ext lint → test builds (loopback
// replicas allowed) → Chromium end-to-end (Playwright, test build loaded) → Firefox smoke (BiDi).
import { spawnSync } from 'node:child_process';

const PRODUCTION_CODE = { NODE_ENV: 'production' };

const steps = [
  ['system packages', 'bash', ['scripts/install-system-deps.sh']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['unit tests', 'npx', ['vitest', 'run']],
  // Store builds (what users install): no loopback origin. Linted and checked by manifests.test.mjs.
  ['store build + zip chrome-mv3', 'npx', ['wxt', 'zip']],
  ['store build + zip firefox-mv2', 'npx', ['wxt', 'zip', '-b', 'firefox']],
  ['store build + zip firefox-mv3', 'npx', ['wxt', 'zip', '-b', 'firefox', '--mv3']],
  ['web-ext lint', 'npm', ['run', '--silent', 'lint:firefox']],
  // Test builds (.output/*-test): the same code plus host access to the loopback portal replicas.
  // NODE_ENV=production: WXT would otherwise set it to the mode, and React would run its slow dev build.
  ['test build chrome-mv3', 'npx', ['wxt', 'build', '--mode', 'test'], PRODUCTION_CODE],
  ['test build firefox-mv2', 'npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'test'], PRODUCTION_CODE],
  ['test build firefox-mv3', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3', '--mode', 'test'], PRODUCTION_CODE],
  ['e2e chromium', 'node', ['--test', '--test-concurrency=1', 'tests/e2e/']],
  ['e2e firefox smoke', 'node', ['tests/e2e-firefox/smoke.mjs']],
];

const only = process.argv.slice(2);
const t0 = Date.now();
const results = [];
for (const [name, cmd, args, env = {}] of steps) {
  if (only.length && name !== 'system packages' && !only.some((o) => name.includes(o))) continue;
  const t = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, NO_COLOR: '1', ...env } });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: ((Date.now() - t) / 1000).toFixed(1) });
  if (!ok) break; // later steps depend on earlier ones (the e2e needs the build)
}

console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
