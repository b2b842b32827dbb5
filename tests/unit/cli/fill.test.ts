import { describe, expect, it } from 'vitest';
import { runCli } from '../../factories/cli-io';

const CASE = 'tests/fixtures/portals/case-varga.json';

describe('vacatur fill', () => {
  it('--json prints the planned steps and what stays empty (adapter found by its selectors)', async () => {
    const r = await runCli(['fill', '--page', 'tests/fixtures/portals/court/petition-filing.html', '--case', CASE, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['adapter', 'steps', 'unfilled']);
    expect(out.adapter).toBe('alder-court-petition-replica');
    expect(out.steps[0]).toEqual({ selector: '#ctl00_Main_txtCaseNo', label: 'Case Number', source: 'court.caseNumber', value: 'AL-19-CR-004512', confidence: 1 });
    expect(out.steps.find((s: { selector: string }) => s.selector === '#ctl00_Main_txtDefDOB').value).toBe('070993');
    expect(out.unfilled).toContainEqual({ selector: '#ctl00_Main_txtCaptcha', label: 'Verification Code', reason: 'the adapter says never fill' });
  });

  it('--no-adapter plans with the heuristic matcher', async () => {
    const r = await runCli(['fill', '--page', 'tests/fixtures/portals/court/petition-filing.html', '--case', CASE, '--no-adapter', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.adapter).toBeNull();
    expect(out.steps).toHaveLength(19);
    expect(out.steps.find((s: { selector: string }) => s.selector === '#ctl00_Main_txtDefLast')).toMatchObject({ value: 'Varga', source: 'client.lastName' });
  });

  it('--out writes the page with each control\'s state in the markup', async () => {
    const r = await runCli(['fill', '--page', 'tests/fixtures/portals/doj/record-review.html', '--case', CASE, '--out', 'filled.html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Wrote filled\.html$/);
    const html = String(r.written.get('filled.html'));
    expect(html).toContain('id="applicant_last" name="applicant[last_name]" autocomplete="family-name" required="" value="Varga"');
    expect(html).toMatch(/<input type="radio" name="applicant_sex" value="F" checked="">/);
    expect(html).toMatch(/<option value="BRO" selected="">Brown<\/option>/);
    expect(html).toMatch(/id="fee_waiver" name="fee_waiver" value="1" checked=""/);
    expect(html).toMatch(/id="ssn" name="ssn" maxlength="11" autocomplete="off" value=""/);
  });

  it('exit codes: 2 for usage errors, 1 for a bad case file', async () => {
    expect((await runCli(['fill', '--page', 'x.html'])).code).toBe(2);
    expect((await runCli(['fill', '--page', 'x.html', '--case', CASE, '--adapter', 'a', '--no-adapter'])).code).toBe(2);
    expect((await runCli(['fill', '--page', 'tests/fixtures/portals/court/petition-filing.html', '--case', CASE, '--adapter', 'nope'])).code).toBe(2);
    const bad = await runCli(['fill', '--page', 'tests/fixtures/portals/court/petition-filing.html', '--case', 'tests/fixtures/portals/index.html']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^vacatur fill: tests\/fixtures\/portals\/index\.html: \(file\): is not valid JSON/);
    expect((await runCli(['fill', '--page', 'missing.html', '--case', CASE])).code).toBe(1);
  });
});
