/**
 * Enhancements that change an offense's § 667.5(c) or § 1192.7(c) status when charged and proved.
 * `event.enhancements` holds proved enhancements only (lib/model/event.ts), so a match here is
 * treated as proved. Source: shared/reference/california-law.md § 3.1 (c)(7), (c)(8), (c)(22) and
 * § 3.2 (c)(8), (c)(23), (c)(28), (c)(40).
 */
import type { EnhancementInput } from './schema';

export const ENHANCEMENTS: EnhancementInput[] = [
  // § 667.5(c)(8): great bodily injury on a non-accomplice ...
  { section: '12022.7', title: 'great bodily injury', violent: '8', serious: '8' },
  { section: '12022.8', title: 'great bodily injury in a sex offense', violent: '8', serious: '8' },
  { section: '12022.9', title: 'termination of pregnancy', violent: '8', serious: '8' },
  // ... or use of a firearm.
  // § 12022.3(a) covers a firearm or a deadly weapon; § 667.5(c)(8) lists only firearm use.
  { section: '12022.3(a)', title: 'use of a firearm or deadly weapon in a sex offense', violent: '8', serious: '8', firearmOnly: true },
  { section: '12022.5', title: 'personal use of a firearm', violent: '8', serious: '8' },
  { section: '12022.55', title: 'great bodily injury by discharging a firearm from a vehicle', violent: '8', serious: '8' },
  // Before July 1, 1977 the same facts were specified in §§ 213, 264 and 461.
  { section: '213', title: 'great bodily injury (robbery, before July 1, 1977)', violent: '8', before: '1977-07-01' },
  { section: '264', title: 'great bodily injury (rape, before July 1, 1977)', violent: '8', before: '1977-07-01' },
  { section: '461', title: 'great bodily injury (burglary, before July 1, 1977)', violent: '8', before: '1977-07-01' },
  // § 667.5(c)(22) and § 1192.7(c)(40): any violation of § 12022.53.
  { section: '12022.53', title: 'use or discharge of a firearm in a listed felony', violent: '22', serious: '40' },
  // § 667.5(c)(7): these make the felony punishable by life imprisonment.
  { section: '667.61', title: 'one strike sex offense sentence (15 or 25 years to life)', violent: '7', serious: '7' },
  { section: '186.22(b)(4)', title: 'gang felony punished by life imprisonment', violent: '7', serious: '28', gang: true },
  // § 1192.7(c)(28): any felony that is also a felony violation of § 186.22.
  { section: '186.22', title: 'criminal street gang', serious: '28', gang: true },
  // § 1192.7(c)(23): personal use of a dangerous or deadly weapon.
  { section: '12022(b)', title: 'personal use of a deadly or dangerous weapon', serious: '23' },
  // Three strikes life terms: whether they make the offense "punishable by ... life" under
  // § 667.5(c)(7) was not researched.
  { section: '667(e)(2)', title: 'third strike life term', review: 'whether a third-strike life term makes this offense violent under § 667.5(c)(7) needs attorney review' },
  { section: '1170.12(c)(2)', title: 'third strike life term', review: 'whether a third-strike life term makes this offense violent under § 667.5(c)(7) needs attorney review' },
];

/**
 * Sections that add punishment to a felony and are not offenses in themselves. A RAP sheet
 * sometimes keys one of them as a count ("12022.1 PC-ON BAIL"), which hides the charge the
 * enhancement was attached to: screening asks for the underlying charge instead of treating the
 * enhancement as the offense. Base section plus the subdivision path that is the enhancement
 * (186.22(a) is an offense; 186.22(b) is the enhancement).
 */
export const ENHANCEMENT_ONLY_SECTIONS: { section: string; title: string }[] = [
  { section: '12022', title: 'armed with or personally using a weapon' },
  { section: '12022.1', title: 'felony committed while released on bail or own recognizance' },
  { section: '12022.2', title: 'armor-piercing ammunition or body armor' },
  { section: '12022.3', title: 'firearm or deadly weapon in a sex offense' },
  { section: '12022.4', title: 'furnishing a firearm for a felony' },
  { section: '12022.5', title: 'personal use of a firearm' },
  { section: '12022.53', title: 'use or discharge of a firearm in a listed felony' },
  { section: '12022.55', title: 'great bodily injury by discharging a firearm from a vehicle' },
  { section: '12022.6', title: 'property taken or damaged over a set value' },
  { section: '12022.7', title: 'great bodily injury' },
  { section: '12022.8', title: 'great bodily injury in a sex offense' },
  { section: '12022.9', title: 'termination of pregnancy' },
  { section: '186.22(b)', title: 'criminal street gang' },
  { section: '667(a)', title: 'prior serious felony conviction' },
  { section: '667.5(b)', title: 'prior prison term' },
  { section: '667.61', title: 'one strike sex offense sentence' },
];
