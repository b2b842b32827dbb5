// Autofill budgets (issue 10): collect + plan + fill on generated 60- and 200-field pages in
// jsdom, and the size of what the content script needs (collect, fill, highlight) bundled alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { collect } from '@/lib/autofill/collect';
import { fill } from '@/lib/autofill/fill';
import { plan } from '@/lib/autofill/plan';
import { parseCaseFileText } from '@/lib/model';

interface Ctx {
  report(f: { name: string; value: number; unit: string; budget?: number }): void;
  root: string;
}

// A realistic mix: about 30 distinct fields the case has (client, attorney, designee; text,
// selects, radios, a checkbox, split date and phone), the rest fields it does not have
// (questions, employer, comments), plus hidden and read-only ones; fieldsets and a table.
const text = (label: string, name: string, extra = '') => `<label for="${name}">${label}</label><input id="${name}" name="${name}"${extra}>`;
const select = (label: string, name: string, options: string[]) =>
  `<label for="${name}">${label}</label><select id="${name}" name="${name}"><option value=""></option>${options.map((o) => `<option>${o}</option>`).join('')}</select>`;
const KNOWN = [
  '<fieldset><legend>Applicant</legend>',
  text('Last name', 'applicant[last_name]'),
  text('First name', 'applicant[first_name]'),
  text('Middle name', 'applicant[middle_name]'),
  text('Other names used (AKA)', 'applicant[aka]'),
  text('Date of birth (MM/DD/YYYY)', 'applicant[dob]'),
  '<span id="sx">Sex</span><div role="radiogroup" aria-labelledby="sx"><label><input type="radio" name="sex" value="F"> Female</label><label><input type="radio" name="sex" value="M"> Male</label></div>',
  select('Eye color', 'eyes', ['Black', 'Blue', 'Brown', 'Green', 'Hazel']),
  select('Hair color', 'hair', ['Black', 'Blond', 'Brown', 'Red', 'Gray']),
  text('Height (feet)', 'height_ft'),
  text('Height (inches)', 'height_in'),
  text('Weight', 'weight'),
  text('Place of birth', 'pob'),
  text("Driver's license number", 'dl'),
  text('Street address', 'street', ' autocomplete="street-address"'),
  text('City', 'city', ' autocomplete="address-level2"'),
  select('State', 'state', ['Arizona', 'California', 'Nevada', 'Oregon']),
  text('ZIP code', 'zip', ' autocomplete="postal-code"'),
  text('Phone', 'phone', ' type="tel"'),
  text('E-mail', 'email', ' type="email"'),
  '</fieldset><fieldset><legend>Attorney</legend>',
  '<table><tr><td>Attorney Name</td><td><input name="ctl00$Main$txtAttyName"></td></tr><tr><td>State Bar No.</td><td><input name="ctl00$Main$txtAttyBarNo"></td></tr><tr><td>Firm</td><td><input name="ctl00$Main$txtAttyFirm"></td></tr></table>',
  '</fieldset><fieldset><legend>Designee</legend>',
  text('Designee name', 'designee_name'),
  text('Designee phone', 'designee_phone'),
  '</fieldset><fieldset><legend>Case</legend>',
  text('Case number', 'case_no'),
  '<label><input type="checkbox" name="fee_waiver"> I request a fee waiver</label>',
  text('Hidden', 'hidden_1', ' style="display:none"'),
  text('Reference', 'ref_1', ' readonly value="R-1"'),
  '</fieldset>',
];
/** Controls in KNOWN as collect counts them (a radio group is one field). */
const KNOWN_FIELDS = (() => {
  const all = KNOWN.join('');
  const controls = all.match(/<(input|select|textarea)\b/g)?.length ?? 0;
  const radios = all.match(/type="radio"/g)?.length ?? 0;
  const groups = new Set(all.match(/type="radio" name="[^"]+"/g) ?? []).size;
  return controls - radios + groups;
})();
const FILLER = [
  (i: number) => text(`Question ${i}: describe the circumstances`, `q${i}`),
  (i: number) => `<label for="c${i}">Comments ${i}</label><textarea id="c${i}" name="comments${i}"></textarea>`,
  (i: number) => text(`Employer ${i}`, `employer${i}`),
  (i: number) => select(`Preferred contact time ${i}`, `time${i}`, ['Morning', 'Afternoon', 'Evening']),
  (i: number) => `<span id="yn${i}">Answer ${i}</span><div role="radiogroup" aria-labelledby="yn${i}"><label><input type="radio" name="yn${i}" value="Y"> Yes</label><label><input type="radio" name="yn${i}" value="N"> No</label></div>`,
];

export function benchPage(fields: number): string {
  const parts = [...KNOWN, '<fieldset><legend>More questions</legend>'];
  for (let i = 0; i < fields - KNOWN_FIELDS; i++) parts.push(`<div class="row">${FILLER[i % FILLER.length]!(i)}</div>`);
  return `<!doctype html><html><head><style>.row{margin:4px 0}.muted{opacity:.5}</style></head><body><form>${parts.join('')}</fieldset></form></body></html>`;
}

async function timeOne(fields: number, body: Parameters<typeof plan>[1], runs = 9, warmup = 3): Promise<{ ms: number; filled: number; total: number }> {
  const html = benchPage(fields);
  const times: number[] = [];
  let filled = 0;
  let total = 0;
  for (let i = 0; i < runs + warmup; i++) {
    const dom = new JSDOM(html, { url: 'http://127.0.0.1/bench.html' });
    const doc = dom.window.document;
    const t = performance.now();
    const snap = collect(doc);
    const p = plan(snap, body);
    const report = await fill(doc, p.steps, p.url);
    const ms = performance.now() - t;
    if (i >= warmup) times.push(ms);
    filled = report.outcomes.filter((o) => o.outcome === 'filled').length;
    total = snap.fields.length;
    dom.window.close();
  }
  times.sort((a, b) => a - b);
  return { ms: Math.round(times[Math.floor(times.length / 2)]! * 100) / 100, filled, total };
}

/** collect + fill + highlight bundled alone for the browser, minified and gzipped. */
export async function agentBytes(root: string): Promise<number> {
  const r = await build({
    stdin: { contents: "export { collect } from './lib/autofill/collect'; export { fill, highlight } from './lib/autofill/fill'; export { scrape } from './lib/autofill/scrape';", resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    alias: { '@': root },
    logLevel: 'silent',
  });
  return gzipSync(r.outputFiles[0]!.contents).length;
}

export async function runAutofillBenchmarks(ctx: Ctx): Promise<void> {
  const parsed = parseCaseFileText(readFileSync(join(ctx.root, 'tests/fixtures/portals/case-varga.json'), 'utf8'));
  if (!parsed.ok) throw new Error('bench case does not parse');
  // Warm the JIT on both sizes first, so the first figure is not charged with compiling.
  for (const fields of [60, 200]) await timeOne(fields, parsed.body, 3, 0);
  for (const [fields, budget] of [[60, 50], [200, 150]] as const) {
    const r = await timeOne(fields, parsed.body);
    ctx.report({ name: `autofill: collect+plan+fill ${r.total}-field page (${r.filled} filled)`, value: r.ms, unit: 'ms', budget });
  }
  ctx.report({ name: 'autofill: collect + fill + highlight + scrape alone, gzipped', value: Math.round((await agentBytes(ctx.root)) / 102.4) / 10, unit: 'KB', budget: 30 });
}
