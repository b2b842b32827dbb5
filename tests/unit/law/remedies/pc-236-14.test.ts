import { describe, expect, it } from 'vitest';
import { pc236_14 } from '@/lib/law/remedies/pc-236-14';
import { apply } from './run';
import { screenEvent } from '@/lib/law';
import { AS_OF, TRAFFICKING, ev } from '../helpers';

const STANDARD = { text: 'The petition must show by clear and convincing evidence that the arrest or conviction was a direct result of being a victim of human trafficking.', cite: 'Pen. Code § 236.14(a)' };
const NO_DEADLINE = { text: 'There is no deadline: the right to petition does not expire, and outstanding fines or unmet probation conditions are no reason to refuse to hear it.', cite: 'Pen. Code § 236.14(l)' };

describe('PC 236.14', () => {
  it('a nonviolent conviction inside a period is a candidate: effect, standard, no deadline', () => {
    expect(apply(pc236_14, { section: '647(b)', level: 'M' })).toEqual({
      id: 'PC 236.14',
      fit: 'candidate',
      reasons: [
        { text: 'Vacatur sets aside the conviction and the arrest as invalid; the records are sealed and destroyed, and the client may then say the arrest and conviction did not occur.', cite: 'Pen. Code § 236.14(h), (k), (t)(2)' },
        STANDARD,
        NO_DEADLINE,
      ],
    });
  });

  it('arrests', () => {
    expect(apply(pc236_14, { kind: 'arrest', section: '11350(a)', code: 'HS' }).reasons[0]).toEqual({
      text: 'Vacatur reaches arrests as well as convictions: the court can vacate an arrest for a nonviolent offense, and the arrest records are sealed and destroyed.',
      cite: 'Pen. Code § 236.14(a), (k), (t)(2)',
    });
  });

  it('juvenile adjudications: the rebuttable presumption of § 236.14(j)', () => {
    expect(apply(pc236_14, { kind: 'adjudication', section: '484(a)', level: 'M' }).reasons[0]).toEqual({
      text: 'This is a juvenile adjudication (Welf. & Inst. Code § 602). If the adjudication was a direct result of being a trafficking victim, the client is entitled to a rebuttable presumption that the requirements for relief are met.',
      cite: 'Pen. Code § 236.14(j)',
    });
  });

  it('a review is a "maybe"', () => {
    expect(apply(pc236_14, { section: '647(b)', level: 'M', date: '2019-01-01' }).fit).toBe('maybe');
  });

  it('a violent felony does not fit, and says why', () => {
    expect(apply(pc236_14, { section: '211', level: 'F' })).toEqual({
      id: 'PC 236.14',
      fit: 'no',
      reasons: [
        {
          text: 'PC 211 is a violent felony: § 667.5(c)(9) lists any robbery. Vacatur under § 236.14 covers only nonviolent offenses.',
          cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)(9)',
        },
      ],
    });
  });

  it('a proved enhancement in § 667.5(c)(8)', () => {
    expect(apply(pc236_14, { section: '245(a)(1)', level: 'F', enhancements: ['PC 12022.7(a)'] }).reasons).toEqual([
      {
        text: 'The proved enhancement PC 12022.7(a) (great bodily injury) makes this a violent felony under § 667.5(c)(8). Vacatur under § 236.14 covers only nonviolent offenses.',
        cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)(8)',
      },
    ]);
  });

  it('federal and out-of-state entries do not fit', () => {
    expect(apply(pc236_14, { code: 'USC', section: '8 1326' }).reasons).toEqual([
      {
        text: 'This is a federal entry. Vacatur under § 236.14 reaches California arrests, convictions and adjudications, not federal ones; see the federal remedy, 18 U.S.C. § 3771A.',
        cite: 'Pen. Code § 236.14(a), (c); 18 U.S.C. § 3771A',
      },
    ]);
    expect(apply(pc236_14, { code: 'NRS', section: '201.354', jurisdiction: 'other-state' }).reasons).toEqual([
      {
        text: 'This entry is from another state. Vacatur under § 236.14 reaches California arrests, convictions and adjudications, not those of other states; look at the vacatur law of the state where it happened.',
        cite: 'Pen. Code § 236.14(a), (c)',
      },
    ]);
  });
});

describe('an arrest for a violent charge ending in a lesser nonviolent conviction (Pen. Code § 236.14(a), (t)(1); reference R23)', () => {
  it('unanswered: ineligible, and the reason never says "needs review"', () => {
    const item = screenEvent(ev({ kind: 'arrest', section: '211', level: 'F' }), TRAFFICKING, { asOf: AS_OF });
    expect(item.verdict).toBe('ineligible');
    expect(item.reasons.map((r) => r.text).join(' ')).not.toMatch(/needs (attorney )?review/);
    expect(item.questions.map((q) => q.id)).toEqual(['arrest-lesser-conviction']);
  });
  it('answered "yes": a review whose first reason says the law is unsettled', () => {
    const item = screenEvent(ev({ kind: 'arrest', section: '211', level: 'F', answers: { 'arrest-lesser-conviction': 'yes' } }), TRAFFICKING, { asOf: AS_OF });
    expect(item.verdict).toBe('review');
    expect(item.reasons[0]!.text).toMatch(/unsettled: needs attorney review\.$/);
  });
});
