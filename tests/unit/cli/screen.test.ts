import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind } from '@/lib/cli/load-events';
import { runCli } from '../../factories/cli-io';

const dir = mkdtempSync(join(tmpdir(), 'screen-'));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const CSV = [
  'id,date,code,section,description,level,disposition,county,court,case_number,event,notes',
  'r1,2013-05-02,PC,647 (B),Prostitution,M,Convicted,Los Angeles,,3CA00001,conviction,invented',
  'r2,2016-01-01,PC,211,Robbery,F,Convicted,Los Angeles,,,,',
  'r3,2015-12-31,HS,11350(a),,F,Prosecutor rejected,Orange,,,arrest,',
  'r4,2014-07-01,PC,664/211,,F,Convicted,,,,,',
].join('\r\n');

const CONTRACT_KEYS = ['event', 'date', 'code', 'section', 'description', 'level', 'verdict', 'remedies', 'reasons'];

describe('vacatur screen', () => {
  it('CSV --json: items in input order, exactly the contract fields plus ref', async () => {
    const r = await runCli(['screen', file('counts.csv', CSV), '--trafficked', '2012-01-01..2015-12-31', '--as-of', '2026-03-01', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['items']);
    expect(out.items.map((i: { ref: string; event: string; verdict: string }) => [i.ref, i.event, i.verdict])).toEqual([
      ['r1', 'conviction', 'candidate'],
      ['r2', 'conviction', 'ineligible'],
      ['r3', 'arrest', 'candidate'],
      ['r4', 'conviction', 'review'],
    ]);
    for (const item of out.items) {
      expect(Object.keys(item)).toEqual(['ref', ...CONTRACT_KEYS]);
      for (const rem of item.remedies) {
        expect(Object.keys(rem)).toEqual(['id', 'fit', 'reasons']);
        for (const reason of rem.reasons) expect(Object.keys(reason)).toEqual(['text', 'cite']);
      }
      for (const reason of item.reasons) expect(Object.keys(reason)).toEqual(['text', 'cite']);
    }
    expect(out.items[0]).toMatchObject({ date: '2013-05-02', code: 'PC', section: '647 (B)', description: 'Prostitution', level: 'M' });
    expect(out.items[0].remedies.map((x: { id: string }) => x.id)).toEqual(['PC 236.14', 'PC 1203.49']);
    expect(out.items[1].reasons[0]).toEqual({
      text: 'PC 211 is a violent felony: § 667.5(c)(9) lists any robbery. Vacatur under § 236.14 covers only nonviolent offenses.',
      cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)(9)',
    });
  });

  it('without --trafficked, CSV rows have no period: all reviews', async () => {
    const r = await runCli(['screen', file('nop.csv', CSV), '--as-of', '2026-03-01', '--json']);
    const verdicts = JSON.parse(r.stdout).items.map((i: { verdict: string }) => i.verdict);
    expect(verdicts).toEqual(['review', 'ineligible', 'review', 'review']);
  });

  it('case JSON: uses its periods, and --trafficked replaces them', async () => {
    const own = JSON.parse((await runCli(['screen', 'lib/sample/sample-case.json', '--as-of', '2026-03-01', '--json'])).stdout);
    expect(own.items.map((i: { verdict: string }) => i.verdict)).toEqual(['candidate', 'candidate', 'candidate', 'review', 'candidate', 'candidate', 'ineligible', 'candidate', 'review']);
    expect(own.items[0]).not.toHaveProperty('ref');
    const replaced = JSON.parse((await runCli(['screen', 'lib/sample/sample-case.json', '--trafficked', '2018-01-01..2018-12-31', '--as-of', '2026-03-01', '--json'])).stdout);
    expect(replaced.items.map((i: { verdict: string }) => i.verdict)).toEqual(['review', 'review', 'review', 'review', 'review', 'review', 'ineligible', 'review', 'candidate']);
  });

  it('several --trafficked periods', async () => {
    const r = await runCli(['screen', file('two.csv', CSV), '--trafficked', '2013-01-01..2013-12-31', '--trafficked', '2016-01-01..2016-01-01', '--as-of', '2026-03-01', '--json']);
    expect(JSON.parse(r.stdout).items.map((i: { verdict: string }) => i.verdict)).toEqual(['candidate', 'ineligible', 'review', 'review']);
  });

  it('RAP sheet text: one item per count, event "conviction" only for convicted counts', async () => {
    const r = await runCli(['screen', 'tests/fixtures/rapsheets/modern-clean.txt', '--trafficked', '2012-01-01..2015-12-31', '--as-of', '2026-03-01', '--json']);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout).items;
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(['arrest', 'conviction', 'adjudication']).toContain(i.event);
    expect(items.some((i: { event: string }) => i.event === 'arrest')).toBe(true);
  });

  it('prints a readable table without --json', async () => {
    const r = await runCli(['screen', file('table.csv', CSV), '--trafficked', '2012-01-01..2015-12-31', '--as-of', '2026-03-01']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`${join(dir, 'table.csv')}: 4 entries screened as of 2026-03-01; trafficking periods: 2012-01-01..2015-12-31`);
    expect(lines[2]).toMatch(/^#\s+ref\s+event\s+date\s+offense\s+lvl\s+verdict\s+remedies/);
    expect(r.stdout).toContain('CANDIDATE');
    expect(r.stdout).toContain('INELIGIBLE');
    expect(r.stdout).toContain('2 candidate, 1 review, 1 ineligible.');
    expect(r.stdout).toContain('warning: ignored column: notes');
  });

  it('bad CSV: exit 1 and one line naming the line and the problem', async () => {
    const p = file('bad.csv', 'id,date,section,level\na,2013-05-02,647(b),M\nb,2013-13-01,211,F\nc,2013-05-02,211,Q\n');
    const r = await runCli(['screen', p, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`vacatur screen: ${p} line 3: date "2013-13-01" is not a date (write YYYY-MM-DD) (and 1 more problem)`);
    expect(r.stderr.split('\n')).toHaveLength(1);
  });

  it('bad case JSON: exit 1 with the JSON path', async () => {
    const p = file('bad.json', JSON.stringify({ format: 'vacatur-assist/case', version: 1, case: { client: {}, events: [{ id: 'e1', kind: 'conviction', date: '2013-02-30' }] } }));
    const r = await runCli(['screen', p, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`vacatur screen: ${p}: case.events[0].date: must be a date written YYYY-MM-DD, or empty`);
  });

  it('not a RAP sheet: exit 1 with one line', async () => {
    const r = await runCli(['screen', 'tests/fixtures/rapsheets/not-a-rapsheet.txt', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(1);
  });

  it('usage errors exit 2', async () => {
    expect((await runCli(['screen'])).code).toBe(2);
    expect((await runCli(['screen', 'a.csv', 'b.csv'])).code).toBe(2);
    const bad = await runCli(['screen', file('u.csv', CSV), '--trafficked', '2015-01-01..2012-01-01']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('vacatur screen: --trafficked "2015-01-01..2012-01-01": FROM is after TO');
    expect((await runCli(['screen', file('u2.csv', CSV), '--trafficked', '2015'])).code).toBe(2);
    expect((await runCli(['screen', file('u3.csv', CSV), '--as-of', 'today'])).code).toBe(2);
  });

  it('a missing file exits 1', async () => {
    const r = await runCli(['screen', join(dir, 'nope.csv'), '--json']);
    expect(r.code).toBe(1);
  });

  it('detects the input kind by extension, then by content', () => {
    const b = (s: string) => new TextEncoder().encode(s);
    expect(detectKind(b(''), 'x.json')).toBe('case');
    expect(detectKind(b(''), 'x.CSV')).toBe('csv');
    expect(detectKind(b(''), 'x.pdf')).toBe('rapsheet');
    expect(detectKind(b('{"format":"vacatur-assist/case"}'), 'export')).toBe('case');
    expect(detectKind(b('id,date,section\n'), 'export')).toBe('csv');
    expect(detectKind(b('%PDF-1.7'), 'export')).toBe('rapsheet');
    expect(detectKind(b('CII/A00000000\n'), 'export')).toBe('rapsheet');
  });
});
