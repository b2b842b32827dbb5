// A clinic screening its whole intake list (issue 12): a generated events CSV of 600,000 rows
// (about 60 MB) through the built CLI, `vacatur screen big.csv --json > /dev/null`, in a child
// process of its own, so the peak RSS is the CLI's alone. The CSV is streamed (lib/cli/screen-csv.ts):
// memory must stay far under the 2 GB the acceptance allows.
//   node scripts/bench/csv-stream.mjs [ROWS]     this case alone (no extension build needed)
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCli } from '../build-cli.mjs';

const MB = 1024 * 1024;

// Plausible California charges (code, section, level, description): nonviolent, violent, serious, wobblers, unknown.
const CHARGES = [
  ['PC', '647(b)', 'M', 'Prostitution'],
  ['PC', '653.22(a)', 'M', 'Loitering with intent'],
  ['HS', '11350(a)', 'F', 'Possession of a controlled substance'],
  ['HS', '11377(a)', 'M', 'Possession of methamphetamine'],
  ['PC', '484(a)', 'M', 'Petty theft'],
  ['PC', '459', 'F', 'Burglary'],
  ['PC', '211', 'F', 'Robbery'],
  ['PC', '245(a)(1)', 'F', 'Assault with a deadly weapon'],
  ['PC', '148.9(a)', 'M', 'False identification to a peace officer'],
  ['VC', '14601.1(a)', 'M', 'Driving on a suspended license'],
  ['PC', '530.5', 'F', 'Identity theft'],
  ['PC', '664/211', 'F', 'Attempted robbery'],
];
const COUNTIES = ['Los Angeles', 'Orange', 'San Diego', 'Alameda', 'Sacramento', 'Fresno', 'Kern', 'San Francisco'];
// Disposition and the event it makes (a dismissal or rejection leaves an arrest).
const DISPOSITIONS = [
  ['Convicted', 'conviction'],
  ['Convicted', 'conviction'],
  ['Convicted', 'conviction'],
  ['Dismissed', 'arrest'],
  ['Prosecutor rejected', 'arrest'],
];

/** Writes `rows` invented rows, the same every run (a fixed linear congruential sequence). */
export async function writeIntakeCsv(file, rows) {
  const out = createWriteStream(file);
  let seed = 12345;
  const next = (n) => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return (seed >>> 8) % n; // the low bits of an LCG repeat with a short period
  };
  const write = (s) => (out.write(s) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  await write('id,date,code,section,description,level,disposition,county,case_number,event\n');
  let buf = [];
  for (let i = 0; i < rows; i++) {
    const [code, section, level, description] = CHARGES[next(CHARGES.length)];
    const date = `${2004 + next(20)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
    // Every tenth description is quoted, with a comma, as spreadsheets write it.
    const desc = i % 10 === 0 ? `"${description}, as charged"` : description;
    const [disposition, event] = DISPOSITIONS[next(DISPOSITIONS.length)];
    const county = COUNTIES[next(COUNTIES.length)];
    buf.push(`c${i},${date},${code},${section},${desc},${level},${disposition},${county},${county.slice(0, 2).toUpperCase()}${10 + next(15)}CR${String(next(1e6)).padStart(6, '0')},${event}`);
    if (buf.length === 10_000) {
      await write(buf.join('\n') + '\n');
      buf = [];
    }
  }
  if (buf.length) await write(buf.join('\n') + '\n');
  await new Promise((r, j) => out.end((e) => (e ? j(e) : r())));
}

/** Runs the CLI with stdout to /dev/null; peak RSS from /usr/bin/time -f %M, else from the child itself. */
function runMeasured(root, args) {
  const cli = join(root, 'bin/vacatur.mjs');
  const t0 = performance.now();
  let r;
  let kb;
  if (existsSync('/usr/bin/time')) {
    r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', cwd: root });
    kb = Number(r.stderr.trim().split('\n').pop());
  } else {
    const wrapper = `process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n')); process.argv.splice(1, 0, 'cli'); await import(${JSON.stringify(pathToFileURL(cli).href)});`;
    r = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', cwd: root });
    kb = Number(/maxrss (\d+)/.exec(r.stderr)?.[1]);
  }
  const ms = performance.now() - t0;
  if (r.status !== 0 || !Number.isFinite(kb)) throw new Error(`csv-stream: the CLI failed (exit ${r.status}): ${r.stderr}`);
  return { ms, peakMb: Math.round(kb / 1024) };
}

export async function csvStreamBenchmarks({ report, root, rows = 600_000 }) {
  const dir = mkdtempSync(join(tmpdir(), 'vacatur-csv-stream-'));
  try {
    const file = join(dir, 'big.csv');
    await writeIntakeCsv(file, rows);
    const sizeMb = Math.round((statSync(file).size / MB) * 10) / 10;
    await buildCli(); // so the bundle step is not timed
    const { ms, peakMb } = runMeasured(root, ['screen', file, '--json', '--as-of', '2026-03-01', '--trafficked', '2008-01-01..2015-12-31']);
    const label = `${rows.toLocaleString('en-US')} rows, ${sizeMb} MB`;
    report({ name: `csv-stream: screen --json, ${label} (wall)`, value: Math.round(ms / 100) / 10, unit: 's', budget: 60 });
    // The acceptance allows 2 GB. What is live stays near 150 MB (the run completes under
    // --max-old-space-size=128); the rest of the RSS is V8 letting its heap grow between full
    // collections while 1.6 GB of JSON goes out, so the budget is half the allowance, not the live heap.
    report({ name: 'csv-stream: peak memory (CLI process max RSS)', value: peakMb, unit: 'MB', budget: 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
  const rows = process.argv[2] ? Number(process.argv[2]) : undefined;
  await csvStreamBenchmarks({ root, rows, report: (f) => console.log(`${f.name.padEnd(52)} ${String(f.value).padStart(10)} ${f.unit.padEnd(4)} budget ${f.budget} ${f.value <= f.budget ? 'ok' : 'OVER'}`) });
}
