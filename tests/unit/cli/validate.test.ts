import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../factories/cli-io';

const dir = mkdtempSync(join(tmpdir(), 'validate-'));
const file = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};

describe('vacatur validate', () => {
  it('accepts the sample case', async () => {
    const r = await runCli(['validate', 'lib/sample/sample-case.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('lib/sample/sample-case.json: valid case file (9 events, 2 exhibits)');
  });

  it('prints each problem with its JSON path and exits 1', async () => {
    const p = file('bad.json', {
      format: 'vacatur-assist/case',
      version: 1,
      case: { client: { dob: '1990-02-30' }, events: [{ id: 'e1', kind: 'citation' }], trafficking: { periods: 'always' } },
    });
    const r = await runCli(['validate', p]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').sort()).toEqual([
      'case.client.dob: must be a date written YYYY-MM-DD, or empty',
      'case.events[0].kind: must be one of "arrest", "conviction", "adjudication"',
      'case.trafficking.periods: must be array, not the text "always"',
    ]);
    expect(r.stderr).toBe(`vacatur validate: ${p}: 3 problems`);
  });

  it('--json prints the problems as data', async () => {
    const r = await runCli(['validate', file('v.json', { format: 'vacatur-assist/case', version: 1 }), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ valid: false, problems: [{ path: 'case', message: 'is required' }] });
  });

  it('reports unreadable input as bad input and usage errors as exit 2', async () => {
    expect((await runCli(['validate', file('x.json', '{nope')])).code).toBe(1);
    const missing = await runCli(['validate', join(dir, 'missing.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^vacatur validate: cannot read .*missing\.json \(ENOENT\)$/);
    expect((await runCli(['validate'])).code).toBe(2);
    expect((await runCli(['validate', 'a', '--frobnicate'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  it('--version and --help', async () => {
    expect((await runCli(['--version'])).code).toBe(0);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('validate');
  });
});
