/**
 * Felonies punishable by death or imprisonment in the state prison for life, which makes them
 * violent under Pen. Code § 667.5(c)(7) and serious under § 1192.7(c)(7) (an attempt: (c)(22)).
 * Reference § 3.1 says: "keep a statute→max-penalty table" (rule R13); 236.1(c)(2) ("Fifteen years
 * to life") is its worked example (R9). Where a life-punishable section is also named in its own
 * paragraph (murder (1), mayhem (2), kidnapping (14)), reasons cite that paragraph instead.
 * Checked against the leginfo text of §§ 206.1, 217.1(b), 218, 219 and 451.5(b) (mirror cited in
 * the reference's source index, [LEG]).
 */
import type { OffenseEntry } from './schema';

export const LIFE_TERM_OFFENSES: OffenseEntry[] = [
  { code: 'PC', section: '37', title: 'Treason', literals: ['TREASON'], levels: ['F'], life: true },
  { code: 'PC', section: '128', title: 'Perjury procuring the execution of an innocent person', literals: ['PERJURY:CAUSE EXECUTION'], levels: ['F'], life: true },
  // § 206 defines torture; § 206.1 punishes it "for a term of life".
  { code: 'PC', section: '206', title: 'Torture', literals: ['TORTURE'], levels: ['F'], life: true },
  { code: 'PC', section: '206.1', title: 'Torture (punishment)', literals: ['TORTURE'], levels: ['F'], life: true },
  { code: 'PC', section: '217.1(b)', title: 'Attempted murder of a public official', literals: ['ATT MURDER PUB OFFICIAL'], levels: ['F'], life: true },
  { code: 'PC', section: '218', title: 'Train wrecking (derailing or wrecking a train)', literals: ['TRAIN WRECKING'], levels: ['F'], life: true },
  { code: 'PC', section: '219', title: 'Train wrecking or bridge destruction', literals: ['WRECK TRAIN/DESTROY BRIDGE'], levels: ['F'], life: true },
  { code: 'PC', section: '236.1(c)(2)', title: 'Human trafficking of a minor by force, fraud or coercion', literals: ['HUMAN TRAFFICKING/-18YRS FORCE/ETC'], levels: ['F'], life: true },
  { code: 'PC', section: '269', title: 'Aggravated sexual assault of a child', literals: ['AGG SEX ASLT CHILD'], levels: ['F'], life: true },
  { code: 'PC', section: '273ab', title: 'Assault on a child under 8 causing death or coma', literals: ['ASLT CHILD:DEATH/COMA'], levels: ['F'], life: true },
  { code: 'PC', section: '288.7', title: 'Sexual intercourse, sodomy, oral copulation or penetration with a child 10 or younger', literals: ['SEX ACT CHILD 10/UNDER'], levels: ['F'], life: true },
  { code: 'PC', section: '451.5', title: 'Aggravated arson', literals: ['AGGRAVATED ARSON'], levels: ['F'], life: true },
  { code: 'PC', section: '4500', title: 'Assault with malice aforethought by a life prisoner', literals: ['ASSAULT BY LIFER'], levels: ['F'], life: true },
];
