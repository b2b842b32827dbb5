import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseEvent } from '@/lib/model';
import { parseRapSheet, rapSheetToCase } from '@/lib/rapsheet/index';

// Each invented fixture has an expected result checked by hand (tests/fixtures/rapsheets/*.expected.json).
const dir = join(__dirname, '../../fixtures/rapsheets');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('RAP sheet fixtures', () => {
  it('has the fixtures the format description calls for', () => {
    expect(fixtures.sort()).toEqual([
      'juvenile-federal.txt',
      'misc-events.txt',
      'modern-clean.txt',
      'multi-count.txt',
      'not-a-rapsheet.txt',
      'ocr-scanned.txt',
      'post-relief.txt',
      'see-comment.txt',
    ]);
  });

  it.each(fixtures)('%s parses to its expected result', (file) => {
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8'));
    const sheet = parseRapSheet(readFileSync(join(dir, file), 'utf8'));
    const mapped = rapSheetToCase(sheet);
    const s = sheet.subject;
    expect({
      isRapSheet: sheet.isRapSheet,
      subject: { cii: s.cii, dob: s.dob, sex: s.sex, names: s.names.map((n) => n.name) },
      cycles: sheet.cycles.map((c) => c.events.map((e) => `${e.kind} ${e.date} ${e.counts.length}`)),
      client: mapped.client,
      entries: mapped.entries.map(({ event: e, lines }) => ({
        lines,
        kind: e.kind,
        date: e.date,
        code: e.code,
        section: e.section,
        level: e.level,
        attempted: e.attempted,
        jurisdiction: e.jurisdiction,
        description: e.description,
        caseNumber: e.caseNumber,
        county: e.county,
        court: e.court,
        agency: e.agency,
        disposition: e.disposition,
        sentence: e.sentence,
        notes: e.notes,
      })),
      warnings: sheet.warnings,
    }).toEqual(expected);
    for (const e of mapped.events) expect(CaseEvent.safeParse(e).success, e.source).toBe(true);
  });

  it('OCR noise does not change what the clean twin reads', () => {
    // ocr-scanned.txt's cycle 1 is the same record as this clean text.
    const clean = parseRapSheet(
      ['CII/A55500011', 'NAM/01 OKAFOR,ADAEZE NGOZI', '* * * *', 'ARR/DET/CITE: NAM:01', '20130527 CAPD LONG BEACH', 'CNT:01 #13-22119', '647(B) PC-DISORDERLY CONDUCT:PROSTITUTION', '- - - -', 'COURT: NAM:01', '20130618 CAMC LONG BEACH', 'CNT:01 #3LB04417', '647(B) PC-DISORDERLY CONDUCT:PROSTITUTION', '*DISPO:CONVICTED', 'CONV STATUS:MISDEMEANOR', 'SEN: 036 MONTHS PROBATION, 005 DAYS JAIL, FINE SS', '* * * END OF MESSAGE * * *'].join('\n'),
    );
    const noisy = parseRapSheet(readFileSync(join(dir, 'ocr-scanned.txt'), 'utf8'));
    const pick = (e: CaseEvent) => [e.kind, e.date, e.code, e.section, e.level, e.description, e.caseNumber, e.sentence];
    expect(rapSheetToCase(noisy).events.slice(0, 1).map(pick)).toEqual(rapSheetToCase(clean).events.map(pick));
  });
});
