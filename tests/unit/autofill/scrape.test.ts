// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { notYetInCase, parseStatute, scrape } from '@/lib/autofill/scrape';
import { CaseEvent } from '@/lib/model';
import { adapterForUrl } from '@/lib/portals/registry';
import { testCase } from './helpers';
import { loadReplica } from './replica';

describe('scrape', () => {
  for (const withAdapter of [true, false]) {
    it(`reads the case summary's charges with dispositions and sentences (${withAdapter ? 'adapter' : 'by header words'})`, async () => {
      const dom = await loadReplica('court/case-summary.html');
      const r = scrape(dom.window.document, withAdapter ? adapterForUrl(dom.window.document.URL) : null);
      expect(r).toMatchObject({ caseNumber: 'AL-19-CR-004512', court: 'Alder County - Northgate Courthouse', county: 'Alder', warnings: [] });
      expect(r.events.map((e) => [e.kind, e.date, e.code, e.section, e.level, e.disposition, e.sentence, e.offenseDate])).toEqual([
        ['conviction', '2019-05-20', 'PC', '647(b)', 'M', 'Convicted - Plea of Guilty', 'Summary probation 24 months; 10 days county jail, credit for time served', '2019-02-14'],
        ['arrest', '2019-02-14', 'HS', '11377(a)', 'M', 'Dismissed - Plea Bargain (PC 1385)', '', '2019-02-14'],
        ['conviction', '2019-05-20', 'PC', '148.9(a)', 'M', 'Convicted - Plea of Nolo Contendere', 'Fine $150', '2019-02-14'],
      ]);
      for (const e of r.events) expect(CaseEvent.safeParse(e).success).toBe(true);
    });
  }

  it('a second import adds nothing; an entry from the RAP sheet (same case number, section, date) is not duplicated', async () => {
    const dom = await loadReplica('court/case-summary.html');
    const events = scrape(dom.window.document).events;
    const body = testCase();
    const first = notYetInCase(body.events, events);
    expect(first.map((e) => e.section)).toEqual(['11377(a)', '148.9(a)']); // 647(b) came from the RAP sheet
    expect(notYetInCase([...body.events, ...first], events)).toEqual([]);
  });

  it('parses statutes written either way', () => {
    expect(parseStatute('PC 647(b)')).toEqual({ code: 'PC', section: '647(b)' });
    expect(parseStatute('H&S 11350(a)')).toEqual({ code: 'HS', section: '11350(a)' });
    expect(parseStatute('14601.1(a) VC')).toEqual({ code: 'VC', section: '14601.1(a)' });
  });

  it('says so when there is no charges table', () => {
    document.body.innerHTML = '<p>Nothing here</p>';
    expect(scrape(document)).toMatchObject({ events: [], warnings: ['no charges table on this page'] });
  });
});
