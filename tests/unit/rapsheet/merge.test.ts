import { describe, expect, it } from 'vitest';
import { CaseBody, CaseEvent } from '@/lib/model';
import { mergeRapSheetIntoCase, parseRapSheet, rapSheetToCase } from '@/lib/rapsheet/index';

const SHEET = [
  'CII/A12345678',
  'DOB/19900101 SEX/F',
  'HGT/504 WGT/128',
  'NAM/01 DOE,JANE MARIE',
  '    02 ROE,JANE',
  '* * * *',
  'COURT:',
  '20150701 CASC LOS ANGELES',
  'CNT:01-02 #5CA',
  '647(B) PC-PROSTITUTION',
  '*DISPO:CONVICTED',
  'CONV STATUS:MISDEMEANOR',
  '* * * *',
  'ARR/DET/CITE:',
  '20160101 CAPD X',
  'CNT:01 #9',
  '653.22(A) PC-LOITER',
  'DISPO:PROS REJ-INSUFF EVID',
  '* * * END OF MESSAGE * * *',
].join('\n');

const emptyCase = () => CaseBody.parse({ client: {} });
const mapped = () => rapSheetToCase(parseRapSheet(SHEET));

describe('mergeRapSheetIntoCase', () => {
  it('adds every event and fills empty client fields', () => {
    const r = mergeRapSheetIntoCase(emptyCase(), mapped());
    expect(r.added).toBe(3);
    expect(r.skipped).toBe(0);
    expect(r.body.events.map((e) => [e.kind, e.section])).toEqual([
      ['conviction', '647(b)'],
      ['conviction', '647(b)'],
      ['arrest', '653.22(a)'],
    ]);
    expect(r.filledClientFields).toEqual(['firstName', 'middleName', 'lastName', 'dob', 'sex', 'cii', 'height', 'weight', 'aliases']);
    expect(r.body.client).toMatchObject({ firstName: 'Jane', lastName: 'Doe', dob: '1990-01-01', aliases: ['Roe, Jane'] });
    expect(CaseBody.safeParse(r.body).success).toBe(true);
  });

  it('changes nothing when the same sheet is imported twice', () => {
    const once = mergeRapSheetIntoCase(emptyCase(), mapped()).body;
    const twice = mergeRapSheetIntoCase(once, mapped());
    expect(twice.added).toBe(0);
    expect(twice.skipped).toBe(3);
    expect(twice.filledClientFields).toEqual([]);
    expect(twice.body).toEqual(once);
  });

  it('never overwrites what the attorney typed', () => {
    const body = emptyCase();
    body.client.firstName = 'Janie';
    body.client.dob = '1990-02-02';
    body.client.aliases = ['J.D.'];
    const r = mergeRapSheetIntoCase(body, mapped());
    expect(r.body.client).toMatchObject({ firstName: 'Janie', lastName: '', middleName: '', dob: '1990-02-02', aliases: ['J.D.'], cii: 'A12345678' });
    expect(r.filledClientFields).toEqual(['sex', 'cii', 'height', 'weight']);
  });

  it('skips an event the attorney already entered by hand, once per hand-entered event', () => {
    const body = emptyCase();
    body.events.push(CaseEvent.parse({ id: 'manual-1', kind: 'conviction', date: '2015-07-01', code: 'pc', section: '647(B)', caseNumber: '5CA' }));
    const r = mergeRapSheetIntoCase(body, mapped());
    expect(r.added).toBe(2);
    expect(r.skipped).toBe(1);
    expect(r.body.events.map((e) => e.id)[0]).toBe('manual-1');
  });

  it('is pure: the input case is not changed', () => {
    const body = emptyCase();
    const before = JSON.stringify(body);
    const m = mapped();
    const mBefore = JSON.stringify(m);
    mergeRapSheetIntoCase(body, m);
    expect(JSON.stringify(body)).toBe(before);
    expect(JSON.stringify(m)).toBe(mBefore);
  });

  it('keeps ids unique when an id is already taken', () => {
    const m = mapped();
    const body = emptyCase();
    body.events.push(CaseEvent.parse({ id: m.events[0]!.id, kind: 'arrest', date: '2001-01-01' }));
    const r = mergeRapSheetIntoCase(body, m);
    expect(new Set(r.body.events.map((e) => e.id)).size).toBe(r.body.events.length);
  });
});
