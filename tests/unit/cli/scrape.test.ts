import { describe, expect, it } from 'vitest';
import { runCli } from '../../factories/cli-io';

describe('vacatur scrape', () => {
  it('--json prints the events read from a case-summary page', async () => {
    const r = await runCli(['scrape', '--page', 'tests/fixtures/portals/court/case-summary.html', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ adapter: 'alder-case-summary-replica', caseNumber: 'AL-19-CR-004512', county: 'Alder', warnings: [] });
    expect(out.events.map((e: { kind: string; section: string }) => `${e.kind} ${e.section}`)).toEqual(['conviction 647(b)', 'arrest 11377(a)', 'conviction 148.9(a)']);
  });

  it('prints a summary without --json; exit 1 on a page without charges, 2 on usage errors', async () => {
    const r = await runCli(['scrape', '--page', 'tests/fixtures/portals/court/case-summary.html']);
    expect(r.stdout.split('\n')[0]).toBe('tests/fixtures/portals/court/case-summary.html: case AL-19-CR-004512, Alder County - Northgate Courthouse: 3 charges');
    const none = await runCli(['scrape', '--page', 'tests/fixtures/portals/index.html', '--json']);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('vacatur scrape: tests/fixtures/portals/index.html: no charges table on this page');
    expect((await runCli(['scrape'])).code).toBe(2);
    expect((await runCli(['scrape', '--page', 'a', '--frob'])).code).toBe(2);
  });
});
