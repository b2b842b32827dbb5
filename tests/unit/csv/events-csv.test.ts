import { describe, expect, it } from 'vitest';
import { csvDate, parseEventsCsv } from '@/lib/csv';

describe('parseEventsCsv', () => {
  it('maps the DESIGN § 6 columns in any order and ignores unknown ones', () => {
    const text = 'Event,Section,ID,Date,Code,Level,Description,Disposition,County,Court,Case Number,Notes\n' +
      'conviction,647(b),c1,2013-05-02,PC,M,Prostitution,Convicted,Los Angeles,LASC Airport,3CA00001,invented\n';
    const r = parseEventsCsv(text);
    expect(r.errors).toEqual([]);
    expect(r.columns).toEqual(['event', 'section', 'id', 'date', 'code', 'level', 'description', 'disposition', 'county', 'court', 'case_number']);
    expect(r.ignored).toEqual(['Notes']);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({
      line: 2,
      ref: 'c1',
      event: { id: 'c1', kind: 'conviction', date: '2013-05-02', code: 'PC', section: '647(b)', level: 'M', description: 'Prostitution', disposition: 'Convicted', county: 'Los Angeles', court: 'LASC Airport', caseNumber: '3CA00001', source: 'csv' },
    });
  });

  it('needs only a section column; infers the event from the disposition', () => {
    const r = parseEventsCsv('section,disposition\n647(b),DISMISSED\n11350(a),CONVICTED\n484(a),\n');
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.event.kind, x.event.id, x.ref])).toEqual([
      ['arrest', 'line-2', null],
      ['conviction', 'line-3', null],
      ['conviction', 'line-4', null],
    ]);
  });

  it('accepts level words and RAP / US date styles', () => {
    const r = parseEventsCsv('id,date,section,level\na,20130502,647(b),misdemeanor\nb,5/2/2013,211,Felony\nc,,602,i\n');
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.event.date, x.event.level])).toEqual([['2013-05-02', 'M'], ['2013-05-02', 'F'], ['', 'I']]);
  });

  it('reports every bad line with its number and keeps the good rows for the preview', () => {
    const r = parseEventsCsv('id,date,section,level,event\na,2013-02-30,647(b),M,\nb,2013-05-02,211,X,\nc,2013-05-02,211,F,citation\na,2014-01-01,484(a),M,\nd,2014-01-01,484(a),M,arrest\n');
    expect(r.errors).toEqual([
      { line: 2, message: 'date "2013-02-30" is not a date (write YYYY-MM-DD)' },
      { line: 3, message: 'level "X" must be F, M or I (or empty)' },
      { line: 4, message: 'event "citation" must be arrest, conviction or adjudication' },
      { line: 5, message: 'id "a" is used again (first on line 2)' },
    ]);
    expect(r.rows.map((x) => x.event.id)).toEqual(['d']);
  });

  it('names a missing section column and an empty file', () => {
    expect(parseEventsCsv('id,date\n1,2013-01-01\n').errors).toEqual([
      { line: 1, message: 'no "section" column in the header (columns: id, date, code, section, description, level, disposition, county, court, case_number, event)' },
    ]);
    expect(parseEventsCsv('').errors).toEqual([{ line: 1, message: 'the file is empty (expected a header row)' }]);
  });

  it('csvDate', () => {
    expect(csvDate('2016-02-29')).toBe('2016-02-29');
    expect(csvDate('2015-02-29')).toBeNull();
    expect(csvDate('12/31/2015')).toBe('2015-12-31');
    expect(csvDate('yesterday')).toBeNull();
  });

  it('also reads the optional sentence, attempted, enhancements and jurisdiction columns', () => {
    const r = parseEventsCsv('id,section,level,sentence,attempted,enhancements,jurisdiction\na,211,F,2 years prison,yes,PC 12022.7(a); 12022.5,\nb,1326,F,,,,federal\nc,1,F,,maybe,,mars\n');
    expect(r.errors).toEqual([
      { line: 4, message: 'attempted "maybe" must be yes or no (or empty)' },
      { line: 4, message: 'jurisdiction "mars" must be california, federal or other-state (or empty)' },
    ]);
    expect(r.rows[0]!.event).toMatchObject({ sentence: '2 years prison', attempted: true, enhancements: ['PC 12022.7(a)', '12022.5'], jurisdiction: '' });
    expect(r.rows[1]!.event).toMatchObject({ attempted: false, enhancements: [], jurisdiction: 'federal' });
  });
});
