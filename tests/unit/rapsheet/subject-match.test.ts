import { describe, expect, it } from 'vitest';
import { subjectMismatches } from '@/lib/rapsheet/subject-match';
import type { RapSubject } from '@/lib/rapsheet/types';

const subject = (over: Partial<RapSubject> = {}): RapSubject =>
  ({ cii: 'A12345678', dob: '1990-02-03', otherDobs: [], sex: 'F', race: '', height: '', weight: '', eyes: '', hair: '', placeOfBirth: '', names: [{ code: '01', name: 'MARLOWE,TESSA RENEE' }], ...over }) as RapSubject;
const client = { dob: '1990-02-03', cii: 'A12345678', lastName: 'Marlowe', aliases: [] as string[] };

describe('subjectMismatches: is this RAP sheet the client\'s? (issue 14)', () => {
  it('says nothing when the DOB, CII and a name agree (case and accents aside), or the client fields are empty', () => {
    expect(subjectMismatches(subject(), client)).toEqual([]);
    expect(subjectMismatches(subject({ names: [{ code: '01', name: 'ALVARADO-ORTIZ,DANIELA' }] }), { ...client, lastName: 'Alvarado Ortíz' })).toEqual([]);
    expect(subjectMismatches(subject(), { dob: '', cii: '', lastName: '', aliases: [] })).toEqual([]);
  });

  it('names a different DOB (unless it is one of the sheet\'s other DOBs), a different CII, and no matching name', () => {
    expect(subjectMismatches(subject({ dob: '1991-02-03' }), client)).toEqual(["The sheet's date of birth (1991-02-03) is not the client's (1990-02-03)."]);
    expect(subjectMismatches(subject({ dob: '1991-02-03', otherDobs: ['1990-02-03'] }), client)).toEqual([]);
    expect(subjectMismatches(subject({ cii: 'B00000001' }), client)).toEqual(["The sheet's CII (B00000001) is not the client's (A12345678)."]);
    expect(subjectMismatches(subject({ names: [{ code: '01', name: 'QUINTERO,ANA' }] }), client)).toEqual([
      "No name on the sheet (QUINTERO,ANA) matches the client's last name or other names.",
    ]);
    // An alias the attorney recorded is a match.
    expect(subjectMismatches(subject({ names: [{ code: '01', name: 'QUINTERO,ANA' }] }), { ...client, aliases: ['Ana Quintero'] })).toEqual([]);
  });
});
