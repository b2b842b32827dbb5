/**
 * Pen. Code § 667.5(c), "violent felony" (as amended by Stats. 2024, ch. 855 (SB 268), eff.
 * January 1, 2025), paragraph by paragraph. A "nonviolent offense" for vacatur is "any offense
 * not listed in subdivision (c) of Section 667.5" (§ 236.14(t)(1)).
 *
 * Paragraphs that name sections are listed in VIOLENT_LISTINGS with the subdivision detail that
 * decides them. Paragraph (7) ("any felony punishable by death or imprisonment in the state prison
 * for life") is driven by the `life` flag on offenses (life-terms.ts); paragraphs (8) and (22)
 * (enhancements) by enhancements.ts. Source: shared/reference/california-law.md § 3.1.
 */
import type { ListingInput } from './schema';

/** The words of each paragraph, shortened for reason text ("… § 667.5(c)(9) lists any robbery"). */
export const VIOLENT_PARAGRAPHS: Record<string, string> = {
  '1': 'murder or voluntary manslaughter',
  '2': 'mayhem',
  '3': 'rape as defined in § 261(a)(2) or (a)(6), or former § 262(a)(1) or (a)(4)',
  '4': 'sodomy as defined in § 286(c) or (d)',
  '5': 'oral copulation as defined in § 287(c) or (d) or former § 288a(c) or (d)',
  '6': 'lewd or lascivious acts as defined in § 288(a) or (b)',
  '7': 'any felony punishable by death or life imprisonment',
  '8': 'any felony with great bodily injury or firearm use charged and proved under § 12022.7, 12022.8, 12022.9, 12022.3(a), 12022.5 or 12022.55',
  '9': 'any robbery',
  '10': 'arson under § 451(a) or (b)',
  '11': 'sexual penetration as defined in § 289(a) or (j)',
  '12': 'attempted murder',
  '13': 'a violation of § 18745, 18750 or 18755 (destructive devices)',
  '14': 'kidnapping',
  '15': 'assault with intent to commit a specified felony (§ 220)',
  '16': 'continuous sexual abuse of a child (§ 288.5)',
  '17': 'carjacking (§ 215(a))',
  '18': 'rape or sexual penetration in concert (§ 264.1)',
  '19': 'extortion (§ 518) that would also be a felony violation of § 186.22',
  '20': 'threats to victims or witnesses (§ 136.1) that would also be a felony violation of § 186.22',
  '21': 'first-degree burglary where it is charged and proved that a person other than an accomplice was present in the residence',
  '22': 'any violation of § 12022.53',
  '23': 'a violation of § 11418(b) or (c) (weapons of mass destruction)',
  '24': 'rape under § 261(a)(3) where it is pleaded and proved that the defendant drugged the victim to sexually assault them',
};

export const VIOLENT_LISTINGS: ListingInput[] = [
  // (1) Murder or voluntary manslaughter.
  { paragraph: '1', section: '187' },
  { paragraph: '1', section: '189' },
  { paragraph: '1', section: '190' },
  { paragraph: '1', section: '192(a)' },
  // (2) Mayhem; aggravated mayhem is also life-punishable.
  { paragraph: '2', section: '203' },
  { paragraph: '2', section: '205' },
  // (3) Rape: only these paragraphs of 261 and former 262.
  { paragraph: '3', section: '261(a)(2)' },
  { paragraph: '3', section: '261(a)(6)' },
  { paragraph: '3', section: '262(a)(1)' },
  { paragraph: '3', section: '262(a)(4)' },
  // (4) Sodomy.
  { paragraph: '4', section: '286(c)' },
  { paragraph: '4', section: '286(d)' },
  // (5) Oral copulation, current 287 and former 288a.
  { paragraph: '5', section: '287(c)' },
  { paragraph: '5', section: '287(d)' },
  { paragraph: '5', section: '288a(c)' },
  { paragraph: '5', section: '288a(d)' },
  // (6) Lewd or lascivious act.
  { paragraph: '6', section: '288(a)' },
  { paragraph: '6', section: '288(b)' },
  // (9) Any robbery (211 defines it; 212.5 degrees; 213 punishment; 214 train robbery).
  { paragraph: '9', section: '211' },
  { paragraph: '9', section: '212.5' },
  { paragraph: '9', section: '213' },
  { paragraph: '9', section: '214' },
  // (10) Arson: 451(a) (great bodily injury) and 451(b) (inhabited structure or property); not (c), (d), (e).
  { paragraph: '10', section: '451(a)' },
  { paragraph: '10', section: '451(b)' },
  // (11) Sexual penetration.
  { paragraph: '11', section: '289(a)' },
  { paragraph: '11', section: '289(j)' },
  // (12) Attempted murder.
  { paragraph: '12', section: '187', attempt: true },
  // (13) Destructive devices; pre-2012 records carry the former numbers.
  { paragraph: '13', section: '18745' },
  { paragraph: '13', section: '18750' },
  { paragraph: '13', section: '18755' },
  { paragraph: '13', section: '12308', condition: 'former-section', note: 'former § 12308, renumbered; § 667.5(c)(13) now lists § 18745' },
  { paragraph: '13', section: '12309', condition: 'former-section', note: 'former § 12309, renumbered; § 667.5(c)(13) now lists § 18750' },
  { paragraph: '13', section: '12310', condition: 'former-section', note: 'former § 12310, renumbered; § 667.5(c)(13) now lists § 18755' },
  // (14) Kidnapping (the paragraph names no section).
  { paragraph: '14', section: '207' },
  { paragraph: '14', section: '208' },
  { paragraph: '14', section: '209' },
  { paragraph: '14', section: '209.5' },
  // (15) Assault with intent to commit a specified felony.
  { paragraph: '15', section: '220' },
  // (16) Continuous sexual abuse of a child.
  { paragraph: '16', section: '288.5' },
  // (17) Carjacking: 215(a) defines the offense; a bare "215" is the same offense.
  { paragraph: '17', section: '215' },
  // (18) Rape or sexual penetration in concert.
  { paragraph: '18', section: '264.1' },
  // (19) Extortion (518; 519 defines the threats; 520 is the punishment) with a gang finding.
  { paragraph: '19', section: '518', condition: 'gang' },
  { paragraph: '19', section: '519', condition: 'gang' },
  { paragraph: '19', section: '520', condition: 'gang' },
  // (20) Threats to victims or witnesses with a gang finding.
  { paragraph: '20', section: '136.1', condition: 'gang' },
  // (21) First-degree burglary with a person present. 459 defines burglary; 460(a) makes
  // residential burglary first degree; 460(b) (second degree) is not listed.
  { paragraph: '21', section: '459', condition: 'person-present' },
  { paragraph: '21', section: '460(a)', condition: 'person-present' },
  // (22) Any violation of 12022.53 (as a count; as an enhancement see enhancements.ts).
  { paragraph: '22', section: '12022.53' },
  // (23) Weapons of mass destruction.
  { paragraph: '23', section: '11418(b)' },
  { paragraph: '23', section: '11418(c)' },
  // (24) Rape of an intoxicated person, when the drugging was pleaded and proved (eff. 1/1/2025).
  { paragraph: '24', section: '261(a)(3)', condition: 'drugging' },
];
